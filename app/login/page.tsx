import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNext } from "@/db/auth/safe-next";
import { getCurrentUser } from "@/db/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const { next } = await searchParams;
  return (
    <main id="main" className="site-main login" tabIndex={-1}>
      <h1>Sign in to Bridgewatch</h1>
      <p className="muted">The workspace is private. Ask an admin for an account.</p>
      <SignInForm next={typeof next === "string" ? safeNext(next) : undefined} />
    </main>
  );
}
