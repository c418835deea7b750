import type { ChangeData } from "@/db/dashboard-data";
import { formatInstant } from "@/components/format";
import { changedFields, describeAction, recordName } from "./change-summary";
import { FieldChanges } from "./field-changes";

/** Changes shown before the rest fold away. */
const SHOWN = 6;

function ChangeItem({ change }: { change: ChangeData }) {
  const { fields, more } = changedFields(change.before, change.after, { maxFields: 4, maxValue: 40, correctionsOnly: true });
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
      <FieldChanges fields={fields} more={more} />
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
