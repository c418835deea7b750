"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedAction } from "@/db/actions/guard";
import { currentSessionOf } from "@/db/session";
import { PASSWORD_MAX_LENGTH } from "@/db/domain/password";
import { changeOwnPassword as changePassword } from "@/db/mutations/passwords";
import { fail, ok, type ActionResult } from "@/db/mutations/result";
import { endSession, endSessions } from "@/db/mutations/sessions";

/*
 * The signed-in user's own account: every action here acts on the caller's account only, which
 * it takes from the session, never from the input. The new password's length rule is the
 * mutation's (passwordSchema), so the admin's reset and the CLI say the same.
 */
const tooLong = `A password has at most ${PASSWORD_MAX_LENGTH} characters.`;
const changeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH, tooLong),
    newPassword: z.string().max(PASSWORD_MAX_LENGTH, tooLong),
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH, tooLong),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ." });
const sessionSchema = z.object({ sessionId: z.string().min(1).max(100) });

/** The session the request came with, if it is still the caller's: the one to keep or spare. */
async function callersSession(userId: string) {
  const current = await currentSessionOf(await headers());
  return current && current.userId === userId ? current : null;
}

export async function changeOwnPassword(input: unknown): Promise<ActionResult<null>> {
  return guardedAction("viewer", changeSchema, input, async ({ db, user, input: data }) => {
    const current = await callersSession(user.id);
    if (!current) return fail("Sign in to make changes.");
    const { endedSessions } = await changePassword(db, {
      actor: user,
      sessionId: current.id,
      currentPassword: data.currentPassword,
      newPassword: data.newPassword,
    });
    revalidatePath("/account");
    const others = endedSessions === 1 ? "1 other session has" : `${endedSessions} other sessions have`;
    return ok(`Your password is changed; ${others} ended.`, null);
  });
}

export async function signOutSession(input: unknown): Promise<ActionResult<null>> {
  return guardedAction("viewer", sessionSchema, input, async ({ db, user, input: data }) => {
    const current = await callersSession(user.id);
    if (!current) return fail("Sign in to make changes.");
    if (current.id === data.sessionId) return fail("This is the session you are using: sign out from the header instead.");
    await endSession(db, { userId: user.id, sessionId: data.sessionId, actor: user });
    revalidatePath("/account");
    return ok("That session is signed out.", null);
  });
}

/** Ends every session of the caller's, this one too: the page then goes to the sign-in page. */
export async function signOutEverywhere(): Promise<ActionResult<null>> {
  return guardedAction("viewer", z.undefined(), undefined, async ({ db, user }) => {
    const ended = await endSessions(db, { userId: user.id, actor: user });
    return ok(`Signed out of ${ended === 1 ? "1 session" : `${ended} sessions`}.`, null);
  });
}
