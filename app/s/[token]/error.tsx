"use client";

import { FailureMessage } from "@/components/pages/failure-message";

/*
 * A shared view that failed to load, inside the shared layout's <main>. It links nowhere: a
 * reader of a link is never led into the private workspace.
 */
export default function SharedViewError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <FailureMessage title="This shared dashboard could not be loaded" error={error} retry={retry}>
      <p>Something went wrong on the server while it was reading this dashboard. It is often a passing problem: try again in a moment.</p>
      <p>If it keeps failing, tell the person who shared the link.</p>
    </FailureMessage>
  );
}
