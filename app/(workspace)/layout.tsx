import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser } from "@/db/auth/session";
import { signOut } from "../login/actions";

/** The private workspace: every page under it needs a session, and shows who is signed in. */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            Bridgewatch
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <Link href="/">Projects</Link>
              </li>
              {user.role === "admin" && (
                <li>
                  <Link href="/admin/users">Users</Link>
                </li>
              )}
              {user.role === "admin" && <li><Link href="/admin/projects">Manage projects</Link></li>}
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
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
