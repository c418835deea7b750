import type { UserRole } from "../schema";

/** The signed-in user of a request, as pages, actions and the session cache hold it. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}
