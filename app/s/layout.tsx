import type { ReactNode } from "react";

/*
 * Shared views sit outside the workspace's layout on purpose: no navigation, no account menu,
 * nothing that leads a reader of a link into the private workspace.
 */
export default function SharedViewLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="site-main" tabIndex={-1}>
      {children}
    </main>
  );
}
