import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/theme/theme-toggle";

/*
 * Shared views sit outside the workspace's layout on purpose: no navigation, no account menu,
 * nothing that leads a reader of a link into the private workspace. Only the name of the tool
 * and the theme control (an embed hides them: app/styles/embed.css).
 */
export default function SharedViewLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="shared-bar">
        {/* What this is, in a word: no link, since nothing here leads into the workspace. */}
        <span className="shared-bar__brand">Bridgewatch</span>
        <ThemeToggle />
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
