/*
 * Run as a child process by the bootstrap test: an app server's start, without the web server.
 * Loads the modules, prints "ready", and on "go" on stdin opens the database as the server does
 * at start (db/client.ts: open, migrate, seed, first admin), answers what /api/health would,
 * prints that as JSON, and closes.
 */
import { getConnection } from "../../db/client";
import { getHealth } from "../../db/queries/health";

process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  const connection = await getConnection();
  const health = await getHealth({ connection });
  await connection.close();
  process.stdout.write(`${JSON.stringify({ health })}\n`);
  process.exit(0);
});
