import { user, type UserRole } from "../schema";

/** An account as lists and answers show it: never its password or sessions. */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  createdAt: Date;
}

/** The columns of a UserSummary, for `select` and `returning`. */
export const userSummaryColumns = {
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  disabled: user.disabled,
  createdAt: user.createdAt,
};
