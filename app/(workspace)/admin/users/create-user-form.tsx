"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { FieldError } from "@/components/forms/field-error";
import { createUser } from "./actions";

const EMPTY = { email: "", name: "", role: "viewer", password: "" };

export function CreateUserForm() {
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = await createUser(values);
      if (result.ok) {
        toast.success(result.message);
        setValues(EMPTY);
        setErrors({});
        setMessage("");
      } else {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
      }
    });
  }

  return (
    <form onSubmit={submit} className="form form-grid" noValidate>
      <div>
        <label htmlFor="new-user-email">Email</label>
        <input id="new-user-email" value={values.email} onChange={set("email")} aria-invalid={!!errors.email} aria-describedby="new-user-email-error" />
        <FieldError id="new-user-email-error" errors={errors.email} />
      </div>
      <div>
        <label htmlFor="new-user-name">Name</label>
        <input id="new-user-name" value={values.name} onChange={set("name")} aria-describedby="new-user-name-error" />
        <FieldError id="new-user-name-error" errors={errors.name} />
      </div>
      <div>
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" value={values.role} onChange={set("role")}>
          <option value="viewer">Viewer</option>
          <option value="editor">Editor</option>
          <option value="admin">Admin</option>
        </select>
        <FieldError id="new-user-role-error" errors={errors.role} />
      </div>
      <div>
        <label htmlFor="new-user-password">Initial password</label>
        <input
          id="new-user-password"
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set("password")}
          aria-invalid={!!errors.password}
          aria-describedby="new-user-password-error"
        />
        <FieldError id="new-user-password-error" errors={errors.password} />
      </div>
      <p role="status" aria-live="polite" className="form-message">
        {message}
      </p>
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
