"use client";

import { FailureMessage } from "@/components/pages/failure-message";

/*
 * Whatever failed outside a route group's own boundary: the sign-in page, or the workspace's
 * layout itself (reading the session). The root layout stays, so this page brings the <main>
 * its skip link leads to.
 */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="site-main" tabIndex={-1}>
      <FailureMessage title="Bridgewatch could not load this page" error={error} retry={retry}>
        <p>Something went wrong on the server while it was preparing this page. It is often a passing problem: try again in a moment.</p>
      </FailureMessage>
    </main>
  );
}
