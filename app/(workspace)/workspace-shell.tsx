import { IntentLink } from "@/components/intent-link";
import type { ReactNode } from "react";
import type { CurrentUser } from "@/db/session";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { signOut } from "../login/actions";
import { SiteMenu } from "./site-menu";

/**
 * The private workspace's frame: who is signed in, where they may go, and the page. The
 * workspace layout gives it the request's user; a dashboard render (app/(render)) the user its
 * key names, checked by the proxy.
 */
export function WorkspaceShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <IntentLink href="/" className="brand">
            Bridgewatch
          </IntentLink>
          <SiteMenu>
            <nav aria-label="Main">
              <ul className="site-nav">
                <li>
                  <IntentLink href="/">Projects</IntentLink>
                </li>
                {user.role === "admin" && (
                  <li>
                    <IntentLink href="/admin/users">Users</IntentLink>
                  </li>
                )}
                {user.role === "admin" && (
                  <li>
                    <IntentLink href="/admin/projects">Manage projects</IntentLink>
                  </li>
                )}
                <li>
                  <IntentLink href="/account">Account</IntentLink>
                </li>
              </ul>
            </nav>
            <form action={signOut} className="user-menu">
              <span className="muted">
                {user.email} · {user.role}
              </span>
              <button type="submit" className="button-link">
                Sign out
              </button>
            </form>
            <ThemeToggle />
          </SiteMenu>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
