import type { ChangeField } from "./change-summary";

/** Each changed field as "Label before → after", read by screen readers as "changed to". */
export function FieldChanges({ fields, more = 0 }: { fields: readonly ChangeField[]; more?: number }) {
  if (fields.length === 0) return null;
  return (
    <ul className="changes__fields">
      {fields.map((f) => (
        <li key={f.label}>
          <span className="changes__field">{f.label}</span> {f.before !== null && <del>{f.before}</del>}
          {f.before !== null && f.after !== null && (
            <>
              {" "}
              <span aria-hidden="true">→</span>
              <span className="visually-hidden"> changed to </span>{" "}
            </>
          )}
          {f.after !== null && <ins>{f.after}</ins>}
        </li>
      ))}
      {more > 0 && <li className="muted">and {more} more</li>}
    </ul>
  );
}
