"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedAction } from "@/db/actions/guard";
import { ok, type ActionResult } from "@/db/mutations/result";
import { setPassword } from "@/db/mutations/passwords";
import { createUser as createAccount, emailSchema, passwordSchema, roleSchema, setUserDisabled, setUserRole } from "@/db/mutations/users";

const createSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100, "A name has at most 100 characters.").optional(),
  role: roleSchema,
  password: passwordSchema,
});
const roleChangeSchema = z.object({ userId: z.string().min(1).max(100), role: roleSchema });
const targetSchema = z.object({ userId: z.string().min(1).max(100) });
const resetSchema = z.object({ userId: z.string().min(1).max(100), password: passwordSchema });

export async function createUser(input: unknown): Promise<ActionResult<{ id: string; email: string }>> {
  return guardedAction("admin", createSchema, input, async ({ db, user, input: data }) => {
    const created = await createAccount(db, { ...data, actor: user });
    revalidatePath("/admin/users");
    return ok(`Created ${created.email} (${created.role}).`, { id: created.id, email: created.email });
  });
}

export async function changeUserRole(input: unknown): Promise<ActionResult<null>> {
  return guardedAction("admin", roleChangeSchema, input, async ({ db, user, input: data }) => {
    const changed = await setUserRole(db, { userId: data.userId, role: data.role, actor: user });
    revalidatePath("/admin/users");
    return ok(`${changed.email} is now ${changed.role}.`, null);
  });
}

export async function disableUser(input: unknown): Promise<ActionResult<null>> {
  return guardedAction("admin", targetSchema, input, async ({ db, user, input: data }) => {
    const changed = await setUserDisabled(db, { userId: data.userId, disabled: true, actor: user });
    revalidatePath("/admin/users");
    return ok(`${changed.email} is disabled and signed out everywhere.`, null);
  });
}

export async function enableUser(input: unknown): Promise<ActionResult<null>> {
  return guardedAction("admin", targetSchema, input, async ({ db, user, input: data }) => {
    const changed = await setUserDisabled(db, { userId: data.userId, disabled: false, actor: user });
    revalidatePath("/admin/users");
    return ok(`${changed.email} is enabled.`, null);
  });
}

/** Sets a new password for the account and ends all its sessions: whoever held one signs in again. */
export async function resetUserPassword(input: unknown): Promise<ActionResult<null>> {
  return guardedAction("admin", resetSchema, input, async ({ db, user, input: data }) => {
    const { user: changed } = await setPassword(db, { userId: data.userId, password: data.password, actor: user });
    revalidatePath("/admin/users");
    return ok(`${changed.email} has a new password and is signed out everywhere.`, null);
  });
}
