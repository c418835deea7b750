import { connectionOptionsFromEnv, openConnection } from "../connection";
import { DatabaseLockedError } from "../lock";
import { RuleError } from "../mutations/errors";
import { parseArgs, UsageError } from "./cli-args";
import { runShareCommand, SHARE_USAGE } from "./cli-share";
import { runUserCommand, USER_USAGE } from "./cli-users";

const USAGE = `Usage: npm run cli -- <command>
${USER_USAGE}
${SHARE_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [group, command, ...rest] = argv;
  const args = parseArgs(rest);
  if (!group || group === "help" || args.flags.help) {
    console.log(USAGE);
    return group ? 0 : 1;
  }
  if (group !== "user" && group !== "share") {
    console.error(`Unknown command "${group}".\n${USAGE}`);
    return 1;
  }
  const connection = await openConnection(connectionOptionsFromEnv());
  try {
    await connection.migrate();
    if (group === "user") await runUserCommand(connection.db, command, args);
    else await runShareCommand(connection.db, command, args);
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
