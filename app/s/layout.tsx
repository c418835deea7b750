import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme/theme-toggle";

/*
 * Shared views sit outside the workspace's layout on purpose: no navigation, no account menu,
 * nothing that leads a reader of a link into the private workspace. Only the theme control.
 */
export default function SharedViewLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <div className="shared-bar">
        <ThemeToggle />
      </div>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
