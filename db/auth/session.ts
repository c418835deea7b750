import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../client";
import type { UserRole } from "../schema";
import { createAuth, type Auth } from "./auth";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

const globalForAuth = globalThis as unknown as { bridgewatchAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.bridgewatchAuth ??= getDb()
    .then(createAuth)
    .catch((error) => {
      globalForAuth.bridgewatchAuth = undefined;
      throw error;
    });
  return globalForAuth.bridgewatchAuth;
}

const ROLE_RANK: Record<UserRole, number> = { viewer: 0, editor: 1, admin: 2 };

export function hasRole(user: Pick<CurrentUser, "role"> | null, least: UserRole): boolean {
  return !!user && ROLE_RANK[user.role] >= ROLE_RANK[least];
}

/**
 * The user whose session cookie these request headers carry, or null. Disabled accounts have
 * no sessions, and are refused here too. For code that holds the request itself (the proxy).
 */
export async function sessionUserOf(requestHeaders: Headers): Promise<CurrentUser | null> {
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: requestHeaders });
  if (!found) return null;
  const { user } = found as unknown as { user: CurrentUser & { disabled?: boolean } };
  if (user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** The signed-in user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => sessionUserOf(await headers()));

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(least: UserRole = "viewer"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!hasRole(user, least)) redirect("/");
  return user;
}
