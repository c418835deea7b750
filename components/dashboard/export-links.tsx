import { CSV_TABLE_NAMES, CSV_TABLES } from "@/db/exports/csv-table-names";

/**
 * Where the record can be taken away: the project file, a CSV per table and the feed of
 * changes. `basePath` is the view's own: `/projects/<slug>` signed in, `/s/<token>` shared;
 * `search` is an as-of view's (`?asOf=…`), which the tables follow.
 */
export function ExportLinks({ basePath, search = "", label = "Exports and feed" }: { basePath: string; search?: string; label?: string }) {
  return (
    <nav className="export-links" aria-label={label}>
      {search && (
        <p className="muted small">
          The tables are this view&apos;s, as of its day; the project file and the feed are always the whole record.
        </p>
      )}
      <ul>
        <li>
          <a href={`${basePath}/export.json`} download>
            Project file (JSON)
          </a>
        </li>
        {CSV_TABLES.map((table) => (
          <li key={table}>
            <a href={`${basePath}/export/${table}.csv${search}`} download>
              {CSV_TABLE_NAMES[table]} (CSV)
            </a>
          </li>
        ))}
        <li>
          <a href={`${basePath}/feed.xml`} type="application/atom+xml">
            Changes (Atom feed)
          </a>
        </li>
      </ul>
    </nav>
  );
}
