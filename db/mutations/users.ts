/*
 * Account writes, each in one transaction with its audit entry. Accounts are named by id: the
 * admin page sends ids, and the CLI turns the email it is given into one first.
 */
import crypto from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { processSessions } from "../auth/session-cache";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../domain/password";
import { userSummaryColumns, type UserSummary } from "../mappers/user";
import { account, session, user, userRoleEnum, type UserRole } from "../schema";
import { recordAudit, type Actor } from "./audit";
import { RuleError } from "./errors";
import { inTransaction } from "./transaction";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email has at most 254 characters.")
  // Deliberately loose: local accounts such as admin@localhost are valid here.
  .regex(/^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+$/, "Enter a valid email address.");
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `A password has at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`);
export const roleSchema = z.enum(userRoleEnum.enumValues, { error: "Choose admin, editor or viewer." });

/** Creates an account that signs in with email and password (the row pair better-auth reads). */
export async function createUser(
  db: Db,
  input: { email: string; name?: string; role: UserRole; password: string; actor: Actor },
): Promise<UserSummary> {
  const email = emailSchema.parse(input.email);
  const hash = await hashPassword(passwordSchema.parse(input.password));
  return inTransaction(db, async (tx) => {
    const id = crypto.randomUUID();
    // Claimed by an insert that skips on conflict: of two admins adding one email at once, one gets the account.
    const [created] = await tx
      .insert(user)
      .values({ id, email, name: input.name?.trim() || email.split("@")[0]!, role: input.role, emailVerified: true })
      .onConflictDoNothing({ target: user.email })
      .returning(userSummaryColumns);
    if (!created) throw new RuleError("An account with this email already exists.", { email: ["Already in use."] });
    await tx.insert(account).values({ id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash });
    await recordAudit(tx, { actor: input.actor, action: "create", entity: "user", entityId: id, after: { email, role: input.role } });
    return created;
  });
}

/** The account as it is inside this transaction, locked until it ends. */
export async function lockedUser(tx: Db, userId: string): Promise<UserSummary> {
  const [found] = await tx.select(userSummaryColumns).from(user).where(eq(user.id, userId)).for("update");
  if (!found) throw new RuleError("There is no such account.");
  return found;
}

export async function setUserRole(db: Db, { userId, role, actor }: { userId: string; role: UserRole; actor: Actor }): Promise<UserSummary> {
  return forgettingSessions(userId, inTransaction(db, async (tx) => {
    const before = await lockedUser(tx, userId);
    if (before.role === "admin" && role !== "admin") await ensureAnotherAdmin(tx, before.id);
    const [after] = await tx.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, before.id)).returning(userSummaryColumns);
    await recordAudit(tx, { actor, action: "set-role", entity: "user", entityId: before.id, before: { role: before.role }, after: { role } });
    return after!;
  }));
}

/** Disables (or re-enables) an account; disabling ends its sessions at once. */
export async function setUserDisabled(
  db: Db,
  { userId, disabled, actor }: { userId: string; disabled: boolean; actor: Actor },
): Promise<UserSummary> {
  return forgettingSessions(userId, inTransaction(db, async (tx) => {
    const before = await lockedUser(tx, userId);
    if (disabled && before.role === "admin") await ensureAnotherAdmin(tx, before.id);
    const [after] = await tx.update(user).set({ disabled, updatedAt: new Date() }).where(eq(user.id, before.id)).returning(userSummaryColumns);
    if (disabled) await tx.delete(session).where(eq(session.userId, before.id));
    await recordAudit(tx, {
      actor,
      action: disabled ? "disable" : "update",
      entity: "user",
      entityId: before.id,
      before: { disabled: before.disabled },
      after: { disabled },
    });
    return after!;
  }));
}

/*
 * Sessions are remembered for a second (db/auth/session-cache.ts): once the change is written,
 * this server forgets the account's at once; other servers within that second.
 */
export async function forgettingSessions<T>(userId: string, change: Promise<T>): Promise<T> {
  try {
    return await change;
  } finally {
    processSessions().forgetUser(userId);
  }
}

async function ensureAnotherAdmin(tx: Db, exceptId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(user)
    .where(sql`${user.role} = 'admin' and not ${user.disabled} and ${user.id} <> ${exceptId}`);
  if (!row || row.n === 0) throw new RuleError("This is the last active admin: make another admin first.");
}

/**
 * First start: with no accounts, make the admin from ADMIN_EMAIL / ADMIN_PASSWORD, or
 * admin@localhost with a random password printed once. Run it under the start-up lock
 * (db/bootstrap.ts): two servers starting at once would otherwise both find no account.
 */
export async function ensureInitialAdmin(db: Db, { env = process.env }: { env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(user);
  if (row && row.n > 0) return;
  const email = env.ADMIN_EMAIL || "admin@localhost";
  const password = env.ADMIN_PASSWORD || crypto.randomBytes(18).toString("base64url");
  await createUser(db, { email, name: "Admin", role: "admin", password, actor: "system" });
  if (env.ADMIN_PASSWORD) {
    console.log(`Created the admin account ${email} (password from ADMIN_PASSWORD).`);
  } else {
    console.log(`Created the admin account ${email} with the password: ${password}\nIt is shown only this once.`);
  }
}
