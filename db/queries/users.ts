/* Reading accounts. No `server-only` here: the CLI lists and finds accounts too. */
import { asc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { userSummaryColumns, type UserSummary } from "../mappers/user";
import { user } from "../schema";

export function listUsers(db: Db): Promise<UserSummary[]> {
  return db.select(userSummaryColumns).from(user).orderBy(asc(user.email));
}

/** The account with this id, or null. */
export async function findUserById(db: Db, { id }: { id: string }): Promise<UserSummary | null> {
  const [found] = await db.select(userSummaryColumns).from(user).where(eq(user.id, id));
  return found ?? null;
}

/** The account with this email (in any case), or null: how the CLI turns an email into an id. */
export async function findUserByEmail(db: Db, { email }: { email: string }): Promise<UserSummary | null> {
  const [found] = await db.select(userSummaryColumns).from(user).where(eq(user.email, email.trim().toLowerCase()));
  return found ?? null;
}
