"use client";

import { FailureMessage } from "@/components/pages/failure-message";
// This page replaces the root layout, and with it the layout's sheets: it brings the ones it uses.
import "./styles/base.css";
import "./styles/frame.css";
import "./styles/status-badge.css";
import "./styles/lists.css";

/** The root layout itself failed: a document of its own, with the same words and the same way back. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Bridgewatch</title>
        <main id="main" className="site-main" tabIndex={-1}>
          <FailureMessage title="Bridgewatch could not load this page" error={error} retry={retry}>
            <p>Something went wrong on the server before the page could be shown. It is often a passing problem: try again in a moment.</p>
          </FailureMessage>
        </main>
      </body>
    </html>
  );
}
