/*
 * `npm run db:seed`: migrates, then writes the seeded project unless it is already there, even
 * into a database that holds other projects (an app server's start seeds only an empty one).
 * Under the start-up lock, like an app server's start (db/bootstrap.ts), so it can run beside one.
 */
import { connectionOptionsFromEnv, openConnection } from "../connection";
import { seedDatabase } from "../seed";
import { SEED_PROJECT } from "../seed-data";

try {
  const connection = await openConnection(connectionOptionsFromEnv());
  try {
    const { created } = await connection.withStartupLock(async ({ db, migrate }) => {
      await migrate();
      return seedDatabase(db);
    });
    const where = `${connection.kind} database at ${connection.location}`;
    console.log(
      created
        ? `Seeded project "${SEED_PROJECT.slug}" into the ${where}.`
        : `Project "${SEED_PROJECT.slug}" is already in the ${where}: nothing added.`,
    );
  } finally {
    await connection.close();
  }
} catch (error) {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
