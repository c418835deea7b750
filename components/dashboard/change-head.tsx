import type { ReactNode } from "react";
import { formatInstant } from "@/components/format";
import type { ChangeData } from "@/db/dashboard-data";

/** The first line of a change entry, wherever it is listed: when, what in words, by whom, and any mark after. */
export function ChangeHead({ change, title, children }: { change: ChangeData; title: string; children?: ReactNode }) {
  return (
    <p className="changes__head">
      <time dateTime={change.at}>{formatInstant(change.at)}</time>
      <span className="changes__title">{title}</span>
      <span className="changes__actor">by {change.actor}</span>
      {children}
    </p>
  );
}
