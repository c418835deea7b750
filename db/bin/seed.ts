/*
 * `npm run db:seed`: migrates, then writes the seeded project unless it is already there.
 * Opens the database directly rather than through db/client.ts, which seeds on its own.
 */
import { connectionOptionsFromEnv, openConnection } from "../connection";
import { seedDatabase } from "../seed";
import { SEED_PROJECT } from "../seed-data";

try {
  const connection = await openConnection(connectionOptionsFromEnv());
  try {
    await connection.migrate();
    const { created } = await seedDatabase(connection.db);
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
