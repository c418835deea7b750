import crypto from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../connection";
import { recordAudit, type Actor } from "../mutations/audit";
import { RuleError } from "../mutations/errors";
import { account, session, user, userRoleEnum, type UserRole } from "../schema";
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";

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

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  createdAt: Date;
}

const summary = {
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  disabled: user.disabled,
  createdAt: user.createdAt,
};

export function listUsers(db: Db): Promise<UserSummary[]> {
  return db.select(summary).from(user).orderBy(asc(user.email));
}

/** Creates an account that signs in with email and password (the row pair better-auth reads). */
export async function createUser(
  db: Db,
  input: { email: string; name?: string; role: UserRole; password: string },
  actor: Actor,
): Promise<UserSummary> {
  const email = emailSchema.parse(input.email);
  const password = passwordSchema.parse(input.password);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, email));
    if (taken) throw new RuleError("An account with this email already exists.", { email: ["Already in use."] });
    const id = crypto.randomUUID();
    const [created] = await tx
      .insert(user)
      .values({ id, email, name: input.name?.trim() || email.split("@")[0]!, role: input.role, emailVerified: true })
      .returning(summary);
    await tx.insert(account).values({ id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash });
    await recordAudit(tx, { actor, action: "create", entity: "user", entityId: id, after: { email, role: input.role } });
    return created!;
  });
}

async function findByEmailOrId(db: Db, who: string) {
  const [found] = await db.select(summary).from(user).where(sql`${user.email} = ${who.toLowerCase()} or ${user.id} = ${who}`);
  if (!found) throw new RuleError(`No account ${who}.`);
  return found;
}

export async function setUserRole(db: Db, who: string, role: UserRole, actor: Actor): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const before = await findByEmailOrId(tx, who);
    if (before.role === "admin" && role !== "admin") await ensureAnotherAdmin(tx, before.id);
    const [after] = await tx.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, before.id)).returning(summary);
    await recordAudit(tx, { actor, action: "set-role", entity: "user", entityId: before.id, before: { role: before.role }, after: { role } });
    return after!;
  });
}

/** Disables (or re-enables) an account; disabling ends its sessions at once. */
export async function setUserDisabled(db: Db, who: string, disabled: boolean, actor: Actor): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const before = await findByEmailOrId(tx, who);
    if (disabled && before.role === "admin") await ensureAnotherAdmin(tx, before.id);
    const [after] = await tx.update(user).set({ disabled, updatedAt: new Date() }).where(eq(user.id, before.id)).returning(summary);
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
  });
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
 * admin@localhost with a random password printed once.
 */
export async function ensureInitialAdmin(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(user);
  if (row && row.n > 0) return;
  const email = env.ADMIN_EMAIL || "admin@localhost";
  const password = env.ADMIN_PASSWORD || crypto.randomBytes(18).toString("base64url");
  await createUser(db, { email, name: "Admin", role: "admin", password }, "system");
  if (env.ADMIN_PASSWORD) {
    console.log(`Created the admin account ${email} (password from ADMIN_PASSWORD).`);
  } else {
    console.log(`Created the admin account ${email} with the password: ${password}\nIt is shown only this once.`);
  }
}
