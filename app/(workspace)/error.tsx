"use client";

import { IntentLink } from "@/components/intent-link";
import { FailureMessage } from "@/components/pages/failure-message";

/** A workspace page that failed to load: shown inside the workspace's header and <main>. */
export default function WorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <FailureMessage title="This page could not be loaded" error={error} retry={retry}>
      <p>Something went wrong on the server while it was reading this page. It is often a passing problem: try again in a moment.</p>
      <p>
        <IntentLink href="/">Back to all projects</IntentLink>
      </p>
    </FailureMessage>
  );
}
