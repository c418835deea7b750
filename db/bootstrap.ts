/*
 * What an app server does with its database before it serves: apply the migrations, seed an
 * empty database, make the first admin. All three under the start-up lock, so that app servers
 * started together on one fresh database take turns: the first seeds and makes the admin, the
 * others find both there. No `server-only` here: scripts start the same way.
 */
import type { Connection } from "./connection";
import { ensureInitialAdmin } from "./mutations/users";
import { seedIfEmpty } from "./seed";

export function bootstrap(connection: Connection): Promise<void> {
  return connection.withStartupLock(async ({ db, migrate }) => {
    await migrate();
    await seedIfEmpty(db);
    await ensureInitialAdmin(db);
  });
}
