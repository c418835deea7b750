import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "./client";
import type { UserRole } from "./schema";
import { parseCookies } from "better-auth/cookies";
import { trustedProxyHops, servedOverHttps } from "./edge/forwarded.mjs";
import { createAuth, SESSION_ABSOLUTE_DAYS, type Auth } from "./auth/auth";
import type { CurrentUser } from "./auth/current-user";
import { processSessions } from "./auth/session-cache";

export type { CurrentUser };

const globalForAuth = globalThis as unknown as { bridgewatchAuth?: Partial<Record<"http" | "https", Promise<Auth>>> };

/**
 * better-auth as this request is served: over HTTPS (PUBLIC_URL, or a trusted proxy's
 * X-Forwarded-Proto) its cookies are `__Host-` and Secure. Without headers, as PUBLIC_URL says.
 */
export function getAuth(requestHeaders?: Headers): Promise<Auth> {
  const https = servedOverHttps({ publicUrl: process.env.PUBLIC_URL, forwardedProto: requestHeaders?.get("x-forwarded-proto"), hops: trustedProxyHops() });
  const scheme = https ? "https" : "http";
  const instances = (globalForAuth.bridgewatchAuth ??= {});
  instances[scheme] ??= getDb()
    .then((db) => createAuth(db, { https: scheme === "https" }))
    .catch((error) => {
      instances[scheme] = undefined;
      throw error;
    });
  return instances[scheme];
}

const ROLE_RANK: Record<UserRole, number> = { viewer: 0, editor: 1, admin: 2 };

export function hasRole(user: Pick<CurrentUser, "role"> | null, least: UserRole): boolean {
  return !!user && ROLE_RANK[user.role] >= ROLE_RANK[least];
}

/**
 * The signed-in user of this request, or null. Disabled accounts have no sessions, and are
 * refused here too. Remembered per session cookie for at most a second (./session-cache.ts).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => userOfRequest(await headers()));

/** The user whose session cookie `requestHeaders` carry, as getCurrentUser answers for a request. */
export async function userOfRequest(requestHeaders: Headers, given?: Auth): Promise<CurrentUser | null> {
  const auth = given ?? (await getAuth(requestHeaders));
  const token = await sessionTokenOf(auth, requestHeaders);
  // No cookie: better-auth would answer null without a lookup too.
  if (!token) return null;
  return processSessions().lookup(token, async () => {
    // better-auth checks the signature, the expiry, and refreshes the session when it is due.
    const found = await auth.api.getSession({ headers: requestHeaders });
    if (!found) return null;
    const { user, session } = found as unknown as { user: CurrentUser & { disabled?: boolean }; session: { expiresAt: Date; createdAt: Date } };
    if (user.disabled) return null;
    // Renewal slides the expiry on; the sign-in itself counts for SESSION_ABSOLUTE_DAYS at most.
    if (sessionOutlived(new Date(session.createdAt))) return null;
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, userId: user.id, expiresAt: new Date(session.expiresAt) };
  });
}

/** Whether a session signed in at `createdAt` is past its absolute lifetime; one without a sign-in time is. */
export function sessionOutlived(createdAt: Date, now = Date.now()): boolean {
  return !(now - createdAt.getTime() <= SESSION_ABSOLUTE_DAYS * 24 * 60 * 60 * 1000);
}

/** After signing out: this request's session answers nobody from memory either. */
export async function forgetSessionOf(requestHeaders: Headers, auth?: Auth): Promise<void> {
  const token = await sessionTokenOf(auth ?? (await getAuth(requestHeaders)), requestHeaders);
  if (token) processSessions().forgetToken(token);
}

/**
 * The session this request's cookie belongs to, asked of better-auth (never the cache): the
 * one a password change keeps and /account marks. Its id only, never its token.
 */
export async function currentSessionOf(requestHeaders: Headers, given?: Auth): Promise<{ id: string; userId: string } | null> {
  const auth = given ?? (await getAuth(requestHeaders));
  const found = await auth.api.getSession({ headers: requestHeaders });
  return found ? { id: found.session.id, userId: found.session.userId } : null;
}

/** The session cookie's raw (signed) value, under the name better-auth reads it by. */
async function sessionTokenOf(auth: Auth, requestHeaders: Headers): Promise<string | null> {
  const cookie = requestHeaders.get("cookie");
  if (!cookie) return null;
  const { authCookies } = await auth.$context;
  return parseCookies(cookie).get(authCookies.sessionToken.name) || null;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(least: UserRole = "viewer"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!hasRole(user, least)) redirect("/");
  return user;
}
