import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import { parseDashboardRenderKey } from "@/db/render/dashboard-render";

/**
 * The user a render key names, read once per render for its layout and page: null for a key
 * this app did not make, or whose user is gone, disabled or now of another role.
 */
export const renderUser = cache(async (rawKey: string) => {
  const key = parseDashboardRenderKey(rawKey);
  if (!key) return null;
  const user = await findUserById(await getDb(), { id: key.userId });
  if (!user || user.disabled || user.role !== key.role) return null;
  return { key, user };
});
