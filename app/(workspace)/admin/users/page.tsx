import type { Metadata } from "next";
import { requireUser } from "@/db/session";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { Panel } from "../../panel";
import { RecordsTable } from "../../records-table";
import { CreateUserForm } from "./create-user-form";
import { ResetPasswordForm } from "./reset-password-form";
import { UserRowActions } from "./user-row-actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUser("admin");
  const users = await listUsers(await getDb());
  return (
    <div className="page">
      <h1>Users</h1>
      <Panel headingId="new-user-heading" title="Add a user">
        <CreateUserForm />
      </Panel>
      <Panel headingId="users-heading" title="Accounts">
        <RecordsTable columns={["Email", "Name", "Role", "State", "Actions"]} labelledBy="users-heading">
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>{u.role}</td>
              <td>{u.disabled ? "Disabled" : "Active"}</td>
              <td>
                <UserRowActions user={{ id: u.id, email: u.email, role: u.role, disabled: u.disabled }} isSelf={u.id === me.id} />
                <ResetPasswordForm user={{ id: u.id, email: u.email }} />
              </td>
            </tr>
          ))}
        </RecordsTable>
      </Panel>
    </div>
  );
}
