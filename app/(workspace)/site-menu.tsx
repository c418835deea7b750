"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The header's links and who is signed in, folded behind a "Menu" button on a narrow screen.
 * A <details> disclosure, so it opens and closes by keyboard and without JavaScript; on a wide
 * screen CSS shows its content unfolded (frame.css). The one script closes it after a link is
 * followed, as the header outlives a client-side navigation.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details ref={menu} className="site-menu">
      <summary className="site-menu__button">Menu</summary>
      <div className="site-menu__panel">{children}</div>
    </details>
  );
}
