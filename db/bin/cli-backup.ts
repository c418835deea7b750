/*
 * `backup --out FILE` and `restore FILE`: the embedded database to one file and back (db/backup.ts).
 * They open the data folder themselves, restore into a folder that must not exist yet, so the
 * CLI's usual opening and migrating of DATA_DIR does not run first.
 */
import path from "node:path";
import { backupDataFolder, BackupError, restoreDataFolder } from "../backup";
import { connectionOptionsFromEnv, type ConnectionOptions } from "../connection";
import { DatabaseLockedError } from "../lock";
import { required, UsageError, type Args } from "./cli-args";

export const BACKUP_USAGE = `  backup --out FILE          (the embedded database to FILE, with the server stopped; --force replaces FILE)
  restore FILE               (into an empty or new DATA_DIR, then migrates it)`;

export const BACKUP_COMMANDS = ["backup", "restore"] as const;
export type BackupCommand = (typeof BACKUP_COMMANDS)[number];

const POSTGRES_WAY = `With DATABASE_URL, use PostgreSQL's own tools instead:
  pg_dump -Fc "$DATABASE_URL" -f bridgewatch.dump
  pg_restore --clean --if-exists -d "$DATABASE_URL" bridgewatch.dump`;

export async function runBackupCommand(command: BackupCommand, args: Args, options: ConnectionOptions = connectionOptionsFromEnv()) {
  if (options.databaseUrl || !options.dataDir) {
    throw new BackupError(`${command} copies the embedded database (DATA_DIR), and DATABASE_URL is set.\n${POSTGRES_WAY}`);
  }
  const dataDir = options.dataDir;
  try {
    if (command === "backup") {
      const out = path.resolve(required(args, "out", "Name the file to write, e.g. --out bridgewatch-backup.tar.gz."));
      const { bytes } = await backupDataFolder({ dataDir, out, force: args.flags.force === "true" });
      console.log(`Backed up ${dataDir} to ${out} (${(bytes / 1e6).toFixed(1)} MB).`);
    } else {
      const file = args.positional[0];
      if (!file) throw new UsageError("Name the backup to restore, e.g. restore bridgewatch-backup.tar.gz.");
      await restoreDataFolder({ dataDir, file: path.resolve(file) });
      console.log(`Restored ${file} into ${dataDir} and brought it up to date. Start the server on it.`);
    }
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    throw new BackupError(`${error.message}\nStop the server first: ${command === "backup" ? "a backup is taken" : "a restore happens"} while nothing else has the folder open.`);
  }
}
