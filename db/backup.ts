/*
 * Backups of the embedded database: the PGlite folder as one gzipped tarball, written and read
 * by PGlite itself (`dumpDataDir`, `loadDataDir`). Both sides hold the folder's lock, so a backup
 * is never taken while the server writes, and a restore never lands under a running server.
 * PGlite makes the tarball in memory: fine for this app's databases of tens of megabytes.
 */
import fs from "node:fs";
import path from "node:path";
import { tarballProblem } from "./backup-tarball";
import { openConnection, pgliteFolder } from "./connection";
import { acquireFolderLock } from "./lock";

/** A backup or restore refused before it changed anything. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** What a data folder may hold and still count as empty: the lock file and the session key (db/auth/secret.ts). */
const NOT_DATA = ["bridgewatch.lock", "auth-secret"];

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Writes the database in `dataDir` to `out`, whole or not at all: the tarball goes to a temporary
 * file beside `out`, renamed into place once it is on disk. Throws DatabaseLockedError while
 * another process (the server) has the folder open.
 */
export async function backupDataFolder({ dataDir, out, force = false }: { dataDir: string; out: string; force?: boolean }) {
  if (!force && fs.existsSync(out)) throw new BackupError(`${out} already exists. Name another file, or pass --force to replace it.`);
  // Checked first: opening a folder without a database would create an empty one.
  if (!fs.existsSync(path.join(pgliteFolder(dataDir), "PG_VERSION"))) {
    throw new BackupError(`There is no database in ${dataDir} to back up. Set DATA_DIR to the server's data folder.`);
  }
  const connection = await openConnection({ dataDir });
  let tarball: Blob;
  try {
    if (!connection.dumpDataDir) throw new Error(`${connection.location} is not an embedded database.`);
    tarball = await connection.dumpDataDir();
  } finally {
    await connection.close();
  }
  const bytes = new Uint8Array(await tarball.arrayBuffer());
  const partial = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.partial`);
  try {
    const handle = fs.openSync(partial, "wx");
    try {
      fs.writeFileSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`Cannot write ${out}: ${reason(error)}`);
  }
  return { bytes: bytes.length };
}

/**
 * Restores the backup `file` into `dataDir`, which must be missing or empty, then migrates it, so
 * that a backup made by an older version comes up to date. The database is unpacked and migrated
 * in a folder of its own inside `dataDir` (on the same disk) and moved into place only when it
 * opened: a bad file leaves `dataDir` as it was, and a folder the restore made is removed again.
 */
export async function restoreDataFolder({ dataDir, file }: { dataDir: string; file: string }) {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new BackupError(`Cannot read the backup ${file}: ${reason(error)}`);
  }
  const problem = tarballProblem(bytes);
  if (problem) throw new BackupError(`${file} is not a Bridgewatch backup (a PGlite data folder archive, as \`backup\` writes): ${problem}.`);

  const existed = fs.existsSync(dataDir);
  const release = acquireFolderLock(dataDir);
  let staging: string | undefined;
  let restored = false;
  try {
    const present = fs.readdirSync(dataDir).filter((name) => !NOT_DATA.includes(name));
    if (present.length > 0) {
      throw new BackupError(
        `${dataDir} is not empty (it holds ${present.join(", ")}): a restore never overwrites a database. ` +
          `Set DATA_DIR to a new folder, or move this one away first.`,
      );
    }
    staging = fs.mkdtempSync(path.join(dataDir, ".restoring-"));
    const connection = await openConnection({ dataDir: staging, loadDataDir: new Blob([new Uint8Array(bytes)]) }).catch((error: unknown) => {
      throw new BackupError(`Cannot open the database in ${file}: ${reason(error)}. Was it written by another version of PGlite?`);
    });
    try {
      await connection.migrate();
    } finally {
      await connection.close();
    }
    fs.renameSync(pgliteFolder(staging), pgliteFolder(dataDir));
    restored = true;
  } finally {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    release();
    if (!restored && !existed) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
