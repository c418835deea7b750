import "server-only";
import type { Db } from "../connection";
import { recordVersion } from "../queries/record-version";

/** How long a read version is reused: an edit reaches every render within this. */
export const VERSION_CACHE_MS = 1000;

interface RememberedVersion {
  value: number;
  until: number;
  pending?: Promise<number>;
}

// On globalThis, per database: the proxy and the pages each load their own copy of this module.
const globalForVersion = globalThis as unknown as { bridgewatchRecordVersions?: WeakMap<Db, RememberedVersion> };
const versions = (globalForVersion.bridgewatchRecordVersions ??= new WeakMap());

/** The record version, read from the database at most once a second per process. */
export async function currentVersion(db: Db, now: number): Promise<number> {
  const cached = versions.get(db);
  if (cached && (cached.until > now || cached.pending)) return cached.pending ?? cached.value;
  const pending = recordVersion(db);
  versions.set(db, { value: 0, until: 0, pending });
  try {
    const value = await pending;
    versions.set(db, { value, until: now + VERSION_CACHE_MS });
    return value;
  } catch (error) {
    versions.delete(db);
    throw error;
  }
}
