/*
 * Signs in the way a browser without JavaScript does: the sign-in form posts to its server
 * action with the hidden fields the page rendered. The session cookie then goes with every
 * request of the benchmark (BenchServer.headers).
 */
import type { BrowserContext } from "@playwright/test";
import type { BenchServer } from "./server";

/** The first-start admin of the benchmark's throwaway data folder. Benchmark-only. */
export const BENCH_ADMIN = { email: "bench@bridgewatch.test", password: "bench-admin-password-1" } as const;

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export async function signIn(server: BenchServer, account: { email: string; password: string } = BENCH_ADMIN) {
  const page = await fetch(`${server.baseUrl}/login`);
  const html = await page.text();
  const form = new FormData();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)) {
    form.append(decode(name!), decode(value ?? ""));
  }
  form.append("email", account.email);
  form.append("password", account.password);
  const response = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    body: form,
    headers: { origin: server.baseUrl },
    redirect: "manual",
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .find((pair) => pair.includes("session_token="));
  if (!session) throw new Error(`Sign-in as ${account.email} gave no session cookie (status ${response.status})`);
  server.headers.cookie = session;
}

/** Gives a browser context the session a `signIn` got (`name=value`, as BenchServer.headers.cookie holds it); none, nothing. */
export async function addSessionCookie(context: BrowserContext, cookie: string | undefined, origin: string) {
  if (!cookie) return;
  const split = cookie.indexOf("=");
  await context.addCookies([{ name: cookie.slice(0, split), value: cookie.slice(split + 1), url: origin }]);
}
