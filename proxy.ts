import { NextResponse, type NextRequest } from "next/server";
import { serveSharedPage } from "./db/share/page-cache";

/*
 * A first, cheap gate: requests without any session cookie go to the sign-in page. It only
 * looks at the cookie's presence; every page, route and server action still checks the
 * session itself, against the database.
 */
const PUBLIC = [/^\/login$/, /^\/api\/health$/, /^\/s(\/|$)/, /^\/api\/s\//, /^\/robots\.txt$/];
const DATA_FILE = /\.(json|csv|xml)$/;
const SESSION_COOKIES = ["better-auth.session_token", "__Secure-better-auth.session_token"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // A shared view may be answered from its one-second page cache (db/share/page-cache.ts).
  if (PUBLIC.some((p) => p.test(pathname))) return (await serveSharedPage(request)) ?? NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  // Server actions answer for themselves (a typed refusal), never with a redirect.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  // Routes that answer data (the JSON API, a project's exports and feed) tell a script or a feed reader so, rather than redirect it.
  if (pathname.startsWith("/api/") || DATA_FILE.test(pathname)) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("next", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
