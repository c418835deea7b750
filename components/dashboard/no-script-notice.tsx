import { ExportLinks } from "./export-links";

/**
 * What a reader without JavaScript (Tor Browser at its safest, a script blocker) is told. The
 * server HTML holds the whole record, but React streams the sections past the first 12.8 KB of
 * the page outside it (hidden, moved into place by a script), and the charts and the date
 * control are drawn and run in the browser: so the page says it is incomplete, and where the
 * whole record is, rather than leave sections missing without a word.
 */
export function NoScriptNotice({ basePath, search }: { basePath: string; search: string }) {
  return (
    <noscript>
      <div className="conflict no-script-notice">
        <p>
          <strong>JavaScript is off, so this page shows only part of the record.</strong> The charts, the date control and some of the
          sections below need it. The whole record, every figure with its source, is in these files:
        </p>
        <ExportLinks basePath={basePath} search={search} label="The record as files" />
      </div>
    </noscript>
  );
}
