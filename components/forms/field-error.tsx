/** A field's validation messages, tied to the field by aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {errors?.join(" ") ?? ""}
    </p>
  );
}
