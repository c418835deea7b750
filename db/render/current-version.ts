import "server-only";
import type { Db } from "../connection";
import { recordChangesNoted, recordVersion } from "../queries/record-version";

/** How long a read version is reused: an edit reaches every render within this. */
export const VERSION_CACHE_MS = 1000;

interface RememberedVersion {
  value: number;
  until: number;
  /** The changes this process had written when the version was read. */
  changes: number;
  pending?: Promise<number>;
}

// On globalThis, per database: the proxy and the pages each load their own copy of this module.
const globalForVersion = globalThis as unknown as { bridgewatchRecordVersions?: WeakMap<Db, RememberedVersion> };
const versions = (globalForVersion.bridgewatchRecordVersions ??= new WeakMap());

/**
 * The record version, read from the database at most once a second per process, and again at
 * once after this process wrote a change.
 */
export async function currentVersion(db: Db, now: number): Promise<number> {
  const changes = recordChangesNoted();
  const cached = versions.get(db);
  if (cached && cached.changes === changes && (cached.until > now || cached.pending)) return cached.pending ?? cached.value;
  const pending = recordVersion(db);
  versions.set(db, { value: 0, until: 0, changes, pending });
  try {
    const value = await pending;
    versions.set(db, { value, until: now + VERSION_CACHE_MS, changes });
    return value;
  } catch (error) {
    versions.delete(db);
    throw error;
  }
}
