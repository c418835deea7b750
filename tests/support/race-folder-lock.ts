/*
 * One of several processes racing to take a data folder's lock at one moment (tests of db/lock.ts):
 * waits until the given time, tries, prints "took" or "refused", and holds what it took for a while.
 * Usage: node --import tsx tests/support/race-folder-lock.ts <folder> <epoch ms> <hold ms>
 */
import { acquireFolderLock, DatabaseLockedError } from "../../db/lock";

const [folder, at, hold] = process.argv.slice(2);
while (Date.now() < Number(at)) {
  // Spin to the moment, so the racers try within a millisecond of each other.
}
try {
  const release = acquireFolderLock(folder!);
  console.log("took");
  setTimeout(() => {
    release();
    process.exit(0);
  }, Number(hold));
} catch (error) {
  console.log(error instanceof DatabaseLockedError ? "refused" : `error: ${(error as Error).message}`);
  process.exit(0);
}
