import type { ChangeData } from "@/db/dashboard-data";
import { formatInstant } from "@/components/format";
import { changedFields, describeAction, recordName } from "./change-summary";

/** Changes shown before the rest fold away. */
const SHOWN = 6;

function ChangeItem({ change }: { change: ChangeData }) {
  const { fields, more } = changedFields(change.before, change.after);
  const name = recordName(change.before, change.after);
  return (
    <li className="changes__item">
      <p className="changes__head">
        <time dateTime={change.at}>{formatInstant(change.at)}</time>
        <span>
          <strong>{change.actor}</strong> {describeAction(change.action, change.entity)}
          {name && <> “{name}”</>}
        </span>
      </p>
      {fields.length > 0 && (
        <ul className="changes__fields">
          {fields.map((f) => (
            <li key={f.field}>
              <span className="changes__field">{f.field}</span> <del>{f.before}</del>{" "}
              <span aria-hidden="true">→</span>
              <span className="visually-hidden"> changed to </span> <ins>{f.after}</ins>
            </li>
          ))}
          {more > 0 && <li className="muted">and {more} more</li>}
        </ul>
      )}
    </li>
  );
}

/** Newest first: who changed what, when, and the values before and after. */
export function RecentChanges({ changes }: { changes: readonly ChangeData[] }) {
  const rest = changes.slice(SHOWN);
  return (
    <>
      <ol className="changes">
        {changes.slice(0, SHOWN).map((c) => (
          <ChangeItem key={c.id} change={c} />
        ))}
      </ol>
      {rest.length > 0 && (
        <details className="changes__more">
          <summary>
            Show {rest.length} older {rest.length === 1 ? "change" : "changes"}
          </summary>
          <ol className="changes">
            {rest.map((c) => (
              <ChangeItem key={c.id} change={c} />
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
