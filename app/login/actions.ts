"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { clientIp } from "@/db/auth/client-ip";
import { INVALID_CREDENTIALS } from "@/db/auth/credentials-plugin";
import { hit, refund, clear, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from "@/db/auth/rate-limit";
import { forgetSessionOf, getAuth } from "@/db/auth/session";

export interface SignInState {
  error?: string;
  email?: string;
}

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email.").max(254, INVALID_CREDENTIALS),
  password: z.string().min(1, "Enter your password.").max(128, INVALID_CREDENTIALS),
  next: z.string().optional(),
});

/** Only paths inside this app: never an open redirect. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  // Anything can be posted to an action id: only a form is a sign-in attempt.
  if (!(form instanceof FormData)) return { error: INVALID_CREDENTIALS };
  const parsed = signInSchema.safeParse({
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
    next: form.get("next") ?? undefined,
  });
  const typedEmail = String(form.get("email") ?? "").slice(0, 254);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? INVALID_CREDENTIALS, email: typedEmail };
  const { email, password } = parsed.data;

  const requestHeaders = await headers();
  const db = await getDb();
  const ipKey = `sign-in:ip:${clientIp(requestHeaders)}`;
  const accountKey = `sign-in:account:${email}`;
  // Counted before the password is checked, so parallel guesses cannot outrun the limit.
  const [byIp, byAccount] = await Promise.all([hit(db, ipKey, SIGN_IN_PER_IP), hit(db, accountKey, SIGN_IN_PER_ACCOUNT)]);
  if (byIp.limited || byAccount.limited) {
    const wait = Math.ceil(Math.max(byIp.retryAfterSeconds, byAccount.retryAfterSeconds) / 60);
    return { error: `Too many sign-in attempts. Try again in ${wait} minute${wait === 1 ? "" : "s"}.`, email: typedEmail };
  }

  try {
    const auth = await getAuth();
    await auth.api.signInCredentials({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) return { error: INVALID_CREDENTIALS, email: typedEmail };
    console.error("Sign-in failed", error);
    return { error: "Sign-in is unavailable right now. Please try again.", email: typedEmail };
  }
  await Promise.all([refund(db, ipKey), clear(db, accountKey)]);
  redirect(safeNext(parsed.data.next));
}

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  const requestHeaders = await headers();
  await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
  await forgetSessionOf(requestHeaders);
  redirect("/login");
}
