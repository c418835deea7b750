"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { clientIp } from "@/db/auth/client-ip";
import { INVALID_CREDENTIALS } from "@/db/auth/credentials-plugin";
import { beforeSignIn } from "@/db/auth/sign-in-throttle";
import { safeNext } from "@/db/auth/safe-next";
import { forgetSessionOf, getAuth } from "@/db/session";

export interface SignInState {
  error?: string;
  email?: string;
}

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email.").max(254, INVALID_CREDENTIALS),
  password: z.string().min(1, "Enter your password.").max(128, INVALID_CREDENTIALS),
  next: z.string().optional(),
});

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
  const gate = await beforeSignIn(db, { email, address: clientIp(requestHeaders) });
  if (gate.refusal) return { error: gate.refusal, email: typedEmail };

  try {
    const auth = await getAuth(requestHeaders);
    await auth.api.signInCredentials({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    if (isAPIError(error)) return { error: INVALID_CREDENTIALS, email: typedEmail };
    console.error("Sign-in failed", error);
    return { error: "Sign-in is unavailable right now. Please try again.", email: typedEmail };
  }
  await gate.succeeded();
  redirect(safeNext(parsed.data.next));
}

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  const auth = await getAuth(requestHeaders);
  await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
  await forgetSessionOf(requestHeaders);
  redirect("/login");
}
