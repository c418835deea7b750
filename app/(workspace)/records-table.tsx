import type { ReactNode } from "react";
import { TableHead } from "@/components/dashboard/table-head";

interface RecordsTableProps {
  columns: readonly string[];
  /** The row actions' outcome, announced above the table; a table without actions has none. */
  status?: string;
  /** The heading that names the table, for a scroll region a keyboard can reach. */
  labelledBy?: string;
  /** The rows. */
  children: ReactNode;
  /** Controls for the whole table, below it. */
  after?: ReactNode;
}

/** A workspace table of accounts, projects, links or sessions: scrolled sideways on a narrow screen. */
export function RecordsTable({ columns, status, labelledBy, children, after }: RecordsTableProps) {
  const region = labelledBy === undefined ? {} : { role: "region", "aria-labelledby": labelledBy, tabIndex: 0 };
  return (
    <div className="table-scroll" {...region}>
      {status !== undefined && (
        <p role="status" aria-live="polite" className="form-message">
          {status}
        </p>
      )}
      <table className="table">
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
      {after}
    </div>
  );
}
