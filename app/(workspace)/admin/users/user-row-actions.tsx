"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/db/mutations/result";
import type { UserRole } from "@/db/schema";
import { changeUserRole, disableUser, enableUser } from "./actions";

interface Props {
  user: { id: string; email: string; role: UserRole; disabled: boolean };
  isSelf: boolean;
}

export function UserRowActions({ user, isSelf }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<null>>) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) toast.success(result.message);
      else toast.error(result.message);
      router.refresh();
    });

  return (
    <div className="row-actions">
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>
        Role of {user.email}
      </label>
      <select
        id={`role-${user.id}`}
        value={user.role}
        disabled={pending}
        onChange={(e) => run(() => changeUserRole({ userId: user.id, role: e.target.value }))}
      >
        <option value="viewer">Viewer</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </select>
      {user.disabled ? (
        <button type="button" disabled={pending} onClick={() => run(() => enableUser({ userId: user.id }))}>
          Enable
        </button>
      ) : (
        <button
          type="button"
          disabled={pending || isSelf}
          title={isSelf ? "You cannot disable your own account" : undefined}
          onClick={() => run(() => disableUser({ userId: user.id }))}
        >
          Disable <span className="visually-hidden">{user.email}</span>
        </button>
      )}
    </div>
  );
}
