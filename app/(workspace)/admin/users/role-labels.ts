import type { UserRole } from "@/db/schema";

/** The roles as the admin page names them, least first: the order of every role list. */
export const ROLE_LABELS: Readonly<Record<UserRole, string>> = { viewer: "Viewer", editor: "Editor", admin: "Admin" };
