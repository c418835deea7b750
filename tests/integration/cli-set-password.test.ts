/*
 * `npm run cli -- user set-password`, run as a script would run it, on each backend: the new
 * password from --password or from one line of standard input, checked like the web forms';
 * every session of the account ends; the change is audited as the CLI's ("system").
 */
import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/db/auth/auth";
import { openConnection, type ConnectionOptions } from "@/db/connection";
import { verifyPassword } from "@/db/domain/password";
import { createUser } from "@/db/mutations/users";
import { listSessions } from "@/db/queries/sessions";
import { account, auditEntries } from "@/db/schema";
import { runCli } from "../support/run-script";
import { createPostgresDatabase, migratedDataDir } from "../support/test-db";

process.env.BETTER_AUTH_SECRET ||= "synthetic-test-secret-for-cli-set-password";

interface Target {
  name: string;
  prepare(): Promise<{ env: { DATA_DIR?: string; DATABASE_URL?: string }; options: ConnectionOptions; cleanup(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: "pglite (DATA_DIR)",
    async prepare() {
      const dir = await migratedDataDir();
      return { env: { DATA_DIR: dir }, options: { dataDir: dir }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres (DATABASE_URL)",
    async prepare() {
      const database = await createPostgresDatabase();
      return { env: { DATABASE_URL: database.url }, options: { databaseUrl: database.url }, cleanup: database.drop };
    },
  },
];

describe.each(targets)("npm run cli -- user set-password on $name", (target) => {
  let env: { DATA_DIR?: string; DATABASE_URL?: string };
  let options: ConnectionOptions;
  let cleanup: () => Promise<void>;
  let n = 0;

  /*
   * Each step opens the database and closes it again: a PGlite folder has one process at a
   * time, and the CLI is another process.
   */
  async function withDb<T>(work: (db: Awaited<ReturnType<typeof openConnection>>["db"]) => Promise<T>): Promise<T> {
    const connection = await openConnection(options);
    try {
      await connection.migrate();
      return await work(connection.db);
    } finally {
      await connection.close();
    }
  }

  /** A synthetic account signed in twice. */
  const signedInAccount = () =>
    withDb(async (db) => {
      const credentials = { email: `cli-password-${++n}@bridgewatch.test`, password: `synthetic-password-${n}` };
      const created = await createUser(db, { ...credentials, role: "editor", actor: "system" });
      const auth = createAuth(db);
      for (let i = 0; i < 2; i++) await auth.api.signInCredentials({ body: credentials, headers: new Headers() });
      expect(await listSessions(db, { userId: created.id })).toHaveLength(2);
      return { id: created.id, ...credentials };
    });

  const stateOf = (userId: string) =>
    withDb(async (db) => {
      const [credential] = await db.select({ password: account.password }).from(account).where(eq(account.userId, userId));
      const audits = await db.select().from(auditEntries).where(and(eq(auditEntries.entityId, userId), eq(auditEntries.action, "set-password")));
      return { hash: credential!.password!, sessions: await listSessions(db, { userId }), audits };
    });

  beforeAll(async () => {
    ({ env, options, cleanup } = await target.prepare());
  });
  afterAll(() => cleanup?.());

  it("takes the password from one line of standard input, ends every session, and audits it as the CLI", { timeout: 120_000 }, async () => {
    const person = await signedInAccount();
    const result = await runCli(["user", "set-password", "--email", person.email], env, { stdin: "piped-synthetic-password\nsecond line ignored\n" });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`${person.email} has a new password; 2 sessions have ended.`);

    const after = await stateOf(person.id);
    expect(after.sessions).toEqual([]);
    expect(await verifyPassword({ hash: after.hash, password: "piped-synthetic-password" })).toBe(true);
    expect(await verifyPassword({ hash: after.hash, password: person.password })).toBe(false);
    expect(after.audits).toMatchObject([{ actorId: null, actorLabel: "system", after: { endedSessions: 2 } }]);
  });

  it("takes it from --password too, and refuses a short one, an empty input, or an unknown account with the reason", { timeout: 120_000 }, async () => {
    const person = await signedInAccount();
    const short = await runCli(["user", "set-password", "--email", person.email, "--password", "short"], env);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("A password has at least 8 characters.");
    const empty = await runCli(["user", "set-password", "--email", person.email], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("No password on standard input");
    const unknown = await runCli(["user", "set-password", "--email", "nobody@bridgewatch.test", "--password", "long-enough-password"], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No account nobody@bridgewatch.test.");
    const unchanged = await stateOf(person.id);
    expect(unchanged.sessions).toHaveLength(2);
    expect(await verifyPassword({ hash: unchanged.hash, password: person.password })).toBe(true);

    const given = await runCli(["user", "set-password", "--email", person.email, "--password", "flag-synthetic-password"], env);
    expect(given).toMatchObject({ code: 0, stderr: "" });
    const after = await stateOf(person.id);
    expect(after.sessions).toEqual([]);
    expect(await verifyPassword({ hash: after.hash, password: "flag-synthetic-password" })).toBe(true);
  });
});
