import type { Metadata } from "next";
import { requireUser } from "@/db/session";
import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
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
      <section aria-labelledby="new-user-heading" className="panel">
        <h2 id="new-user-heading">Add a user</h2>
        <CreateUserForm />
      </section>
      <section aria-labelledby="users-heading" className="panel">
        <h2 id="users-heading">Accounts</h2>
        <div className="table-scroll" role="region" aria-labelledby="users-heading" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">State</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
