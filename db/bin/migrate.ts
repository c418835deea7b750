/* `npm run db:migrate`: applies the migrations to the configured database (DATABASE_URL, else DATA_DIR). */
import { connectionOptionsFromEnv, openConnection } from "../connection";

try {
  const connection = await openConnection(connectionOptionsFromEnv());
  try {
    await connection.migrate();
    console.log(`Migrations applied: ${connection.kind} database at ${connection.location} is up to date.`);
  } finally {
    await connection.close();
  }
} catch (error) {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
