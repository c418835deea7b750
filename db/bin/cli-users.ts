import crypto from "node:crypto";
import type { Db } from "../connection";
import { RuleError } from "../mutations/errors";
import { setPassword } from "../mutations/passwords";
import { createUser, roleSchema, setUserDisabled, setUserRole } from "../mutations/users";
import { findUserByEmail, listUsers } from "../queries/users";
import { required, UsageError, type Args } from "./cli-args";

export const USER_USAGE = `  user add --email E --role admin|editor|viewer [--password P] [--name N]
  user set-role --email E --role admin|editor|viewer
  user set-password --email E [--password P]   (without --password: one line on standard input)
  user disable --email E
  user enable --email E
  user list`;

function role(args: Args) {
  const parsed = roleSchema.safeParse(required(args, "role", "Roles: admin, editor, viewer."));
  if (!parsed.success) throw new UsageError("--role must be admin, editor or viewer.");
  return parsed.data;
}

/**
 * The new password: --password, or the first line piped in (`echo "$PW" | npm run cli -- user
 * set-password --email E`), so it need not sit in the shell's history. A terminal gets no
 * prompt: there is no hidden input without a library for it.
 */
async function newPassword(args: Args): Promise<string> {
  const given = args.flags.password;
  if (given === "true") throw new UsageError("--password needs a value (or leave it out and pipe the password in).");
  if (given !== undefined) return given;
  if (process.stdin.isTTY) throw new UsageError("Give the new password with --password P, or as one line on standard input.");
  let text = "";
  // Up to the first line break: a pipe left open after it does not keep the command waiting.
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  const line = text.split(/\r?\n/, 1)[0] ?? "";
  if (!line) throw new UsageError("No password on standard input: give it as one line, or with --password P.");
  return line;
}

/** The account named on the command line, by email: the writes take its id. */
async function accountId(db: Db, args: Args): Promise<string> {
  const email = args.flags.email ?? args.positional[0] ?? required(args, "email", "Name the account by email.");
  const found = await findUserByEmail(db, { email });
  if (!found) throw new RuleError(`No account ${email}.`);
  return found.id;
}

export async function runUserCommand(db: Db, command: string | undefined, args: Args): Promise<void> {
  switch (command) {
    case "add": {
      const password = args.flags.password ?? crypto.randomBytes(18).toString("base64url");
      const email = required(args, "email", "");
      const created = await createUser(db, { email, name: args.flags.name, role: role(args), password, actor: "system" });
      console.log(`Created ${created.email} (${created.role}).`);
      if (!args.flags.password) console.log(`Password (shown once): ${password}`);
      return;
    }
    case "set-role": {
      const changed = await setUserRole(db, { userId: await accountId(db, args), role: role(args), actor: "system" });
      console.log(`${changed.email} is now ${changed.role}.`);
      return;
    }
    case "set-password": {
      // The password first: a usage mistake is told before anything is looked up.
      const password = await newPassword(args);
      const { user, endedSessions } = await setPassword(db, { userId: await accountId(db, args), password, actor: "system" });
      console.log(`${user.email} has a new password; ${endedSessions === 1 ? "1 session has" : `${endedSessions} sessions have`} ended.`);
      return;
    }
    case "disable":
    case "enable": {
      const changed = await setUserDisabled(db, { userId: await accountId(db, args), disabled: command === "disable", actor: "system" });
      console.log(`${changed.email} is ${changed.disabled ? "disabled; its sessions have ended" : "enabled"}.`);
      return;
    }
    case "list": {
      const users = await listUsers(db);
      for (const u of users) console.log(`${u.email.padEnd(32)} ${u.role.padEnd(7)} ${u.disabled ? "disabled" : "active"}`);
      if (users.length === 0) console.log("No accounts yet.");
      return;
    }
    default:
      throw new UsageError(`Unknown user command "${command ?? ""}".`);
  }
}
