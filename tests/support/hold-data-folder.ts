/*
 * Run as a child process by the lock tests: opens the PGlite folder given as the first argument,
 * prints {"pid": …} once it holds it, and closes it when its stdin ends.
 */
import { openConnection } from "../../db/connection";

const folder = process.argv[2];
if (!folder) throw new Error("usage: hold-data-folder.ts <folder>");
const connection = await openConnection({ dataDir: folder });
process.stdout.write(`${JSON.stringify({ pid: process.pid })}\n`);
process.stdin.resume();
process.stdin.on("end", () => {
  void connection.close().finally(() => process.exit(0));
});
