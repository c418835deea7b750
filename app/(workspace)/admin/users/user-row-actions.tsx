"use client";

import { LabelOptions } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import type { ActionResult } from "@/db/mutations/result";
import type { UserRole } from "@/db/schema";
import { changeUserRole, disableUser, enableUser } from "./actions";
import { ROLE_LABELS } from "./role-labels";

interface Props {
  user: { id: string; email: string; role: UserRole; disabled: boolean };
  isSelf: boolean;
}

/** One submit path for the row's three controls: each sends its own action, by the account's id. */
const send = (change: () => Promise<ActionResult<null>>) => change();

export function UserRowActions({ user, isSelf }: Props) {
  // The list is re-rendered by the action's revalidatePath; after a refusal the role select,
  // which shows the account's role as the server has it, stays as it was.
  const account = useAction({ action: send });

  return (
    <div className="row-actions">
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>
        Role of {user.email}
      </label>
      <select
        id={`role-${user.id}`}
        value={user.role}
        disabled={account.pending}
        onChange={(e) => {
          const role = e.target.value;
          account.submit(() => changeUserRole({ userId: user.id, role }));
        }}
      >
        <LabelOptions labels={ROLE_LABELS} />
      </select>
      {user.disabled ? (
        <button type="button" disabled={account.pending} onClick={() => account.submit(() => enableUser({ userId: user.id }))}>
          Enable
        </button>
      ) : (
        <button
          type="button"
          disabled={account.pending || isSelf}
          title={isSelf ? "You cannot disable your own account" : undefined}
          onClick={() => account.submit(() => disableUser({ userId: user.id }))}
        >
          Disable <span className="visually-hidden">{user.email}</span>
        </button>
      )}
      <span role="status" aria-live="polite" className="field-error">
        {account.message}
      </span>
    </div>
  );
}
