/*
 * Password writes. A new password ends sessions in the same transaction that stores it: a
 * session begun with the old password must not outlive it. The hash lives where better-auth's
 * credential sign-in reads it (db/auth/credentials-plugin.ts): the account row of provider
 * "credential" whose accountId is the user's id, as createUser writes it.
 */
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { clear, hit, PASSWORD_CHECKS_PER_ACCOUNT, waitInWords } from "../auth/rate-limit";
import { hashPassword, verifyPassword } from "../domain/password";
import type { UserSummary } from "../mappers/user";
import { account } from "../schema";
import { recordAudit, type Actor } from "./audit";
import { RuleError } from "./errors";
import { deleteSessions } from "./sessions";
import { inTransaction } from "./transaction";
import { forgettingSessions, lockedUser, passwordSchema } from "./users";

const credentialOf = (userId: string) => and(eq(account.userId, userId), eq(account.providerId, "credential"), eq(account.accountId, userId));

/** Stores `hash` as the account's password: on its credential row, or a new one if it never had one. */
async function storeHash(tx: Db, { userId, hash }: { userId: string; hash: string }) {
  const updated = await tx.update(account).set({ password: hash, updatedAt: new Date() }).where(credentialOf(userId)).returning({ id: account.id });
  if (updated.length === 0) {
    await tx.insert(account).values({ id: crypto.randomUUID(), accountId: userId, providerId: "credential", userId, password: hash });
  }
}

/**
 * An admin's reset, or the CLI's: the account gets `password` and every one of its sessions
 * ends, the actor's own included when they reset themselves. Answers the account and how many
 * sessions ended.
 */
export async function setPassword(
  db: Db,
  { userId, password, actor }: { userId: string; password: string; actor: Actor },
): Promise<{ user: UserSummary; endedSessions: number }> {
  const hash = await hashPassword(passwordSchema.parse(password));
  return forgettingSessions(userId, inTransaction(db, async (tx) => {
    const target = await lockedUser(tx, userId);
    await storeHash(tx, { userId: target.id, hash });
    const endedSessions = await deleteSessions(tx, { userId: target.id });
    // The audit names what happened, never the password or its hash.
    await recordAudit(tx, { actor, action: "set-password", entity: "user", entityId: target.id, after: { endedSessions } });
    return { user: target, endedSessions };
  }));
}

/**
 * A signed-in user's own change: the current password must be right, and the session they
 * are using (`sessionId`) is the one that stays. Wrong guesses are counted per account before
 * the check, so parallel guesses cannot outrun the limit; a right one clears the count.
 */
export async function changeOwnPassword(
  db: Db,
  { actor, sessionId, currentPassword, newPassword }: { actor: { id: string; email: string }; sessionId: string; currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const fresh = passwordSchema.safeParse(newPassword);
  if (!fresh.success) throw new RuleError("Choose another new password.", { newPassword: fresh.error.issues.map((i) => i.message) });
  if (newPassword === currentPassword) {
    throw new RuleError("Choose another new password.", { newPassword: ["The new password is the same as the current one."] });
  }

  const limitKey = `password-check:account:${actor.id}`;
  const limit = await hit(db, limitKey, PASSWORD_CHECKS_PER_ACCOUNT);
  if (limit.limited) {
    const message = `Too many wrong passwords. Try again in ${waitInWords(limit.retryAfterSeconds)}.`;
    throw new RuleError(message, { currentPassword: [message] });
  }
  const [stored] = await db.select({ password: account.password }).from(account).where(credentialOf(actor.id));
  if (!stored?.password || !(await verifyPassword({ hash: stored.password, password: currentPassword }))) {
    throw new RuleError("The current password is not right. Nothing was changed.", { currentPassword: ["This is not your current password."] });
  }
  const hash = await hashPassword(newPassword);

  const endedSessions = await forgettingSessions(actor.id, inTransaction(db, async (tx) => {
    // Checked again under the row's lock: a change that landed while we hashed would be lost.
    const [locked] = await tx.select({ password: account.password }).from(account).where(credentialOf(actor.id)).for("update");
    if (locked?.password !== stored.password) {
      throw new RuleError("Your password was changed meanwhile. Enter the current one again.", { currentPassword: ["It has changed since."] });
    }
    await storeHash(tx, { userId: actor.id, hash });
    const ended = await deleteSessions(tx, { userId: actor.id, keepSessionId: sessionId });
    await recordAudit(tx, { actor, action: "set-password", entity: "user", entityId: actor.id, after: { endedSessions: ended, keptCurrent: true } });
    return ended;
  }));
  await clear(db, limitKey);
  return { endedSessions };
}
