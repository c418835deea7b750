import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "../connection";

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one (the seed
 * writes a whole project in one). Joining rather than nesting keeps one transaction id, which the
 * project's version counts (db/mutations/versioned.ts), and makes the caller's all-or-nothing hold.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db instanceof PgTransaction ? work(db as unknown as Db) : db.transaction((tx) => work(tx as Db));
}
