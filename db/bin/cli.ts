import { connectionOptionsFromEnv, openConnection } from "../connection";
import { DatabaseLockedError } from "../lock";
import { RuleError } from "../mutations/errors";
import { ProjectFileError } from "../project-file/import";
import { parseArgs, UsageError } from "./cli-args";
import { BACKUP_COMMANDS, BACKUP_USAGE, runBackupCommand, type BackupCommand } from "./cli-backup";
import { PROJECT_USAGE, runExportCommand, runImportCommand, runProjectCommand } from "./cli-project";
import { runShareCommand, SHARE_USAGE } from "./cli-share";
import { runUserCommand, USER_USAGE } from "./cli-users";

const USAGE = `Usage: npm run cli -- <command>
${USER_USAGE}
${SHARE_USAGE}
${PROJECT_USAGE}
${BACKUP_USAGE}`;

const GROUPS = ["user", "share", "project", "import", "export", ...BACKUP_COMMANDS];
/** Commands of one word: what follows them is their arguments (`import FILE`, `export --project SLUG`). */
const SINGLE = ["import", "export", ...BACKUP_COMMANDS];
const isBackupCommand = (group: string): group is BackupCommand => (BACKUP_COMMANDS as readonly string[]).includes(group);

async function main(argv: string[]): Promise<number> {
  const [group, ...after] = argv;
  const single = SINGLE.includes(group ?? "");
  const command = single ? undefined : after[0];
  const args = parseArgs(single ? after : after.slice(1));
  if (!group || group === "help" || args.flags.help) {
    console.log(USAGE);
    return group ? 0 : 1;
  }
  if (!GROUPS.includes(group)) {
    console.error(`Unknown command "${group}".\n${USAGE}`);
    return 1;
  }
  // They open the folder their own way: restore must find it empty, backup must not migrate it.
  if (isBackupCommand(group)) {
    await runBackupCommand(group, args);
    return 0;
  }
  const connection = await openConnection(connectionOptionsFromEnv());
  try {
    await connection.migrate();
    if (group === "user") await runUserCommand(connection.db, command, args);
    else if (group === "share") await runShareCommand(connection.db, command, args);
    else if (group === "project") await runProjectCommand(connection.db, command, args);
    else if (group === "import") await runImportCommand(connection.db, args);
    else await runExportCommand(connection.db, args);
    return 0;
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DatabaseLockedError) {
      console.error(`${error.message}\nWith the server running, use the admin pages instead, or stop the server for the CLI.`);
    } else if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
    } else if (error instanceof ProjectFileError) {
      // One problem a line, each named by its place in the file.
      console.error(error.issues.join("\n"));
    } else if (error instanceof RuleError) {
      console.error(error.message);
    } else if (error && typeof error === "object" && "issues" in error) {
      console.error((error as { issues: { message: string }[] }).issues.map((i) => i.message).join("\n"));
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    process.exit(1);
  },
);
