import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "./db/auth/auth";
import { SHARED_RESPONSE_HEADERS } from "./db/share/response-headers";
import { dashboardRenderPath, isDashboardRenderPath } from "./db/render/dashboard-render";
import { isRenderPath, sharedRender } from "./db/render/shared-render";
import { FRAME_ANCESTORS_HEADER } from "./db/edge/frame-ancestors.mjs";

/*
 * A first, cheap gate: requests without any session cookie go to the sign-in page. It only
 * looks at the cookie's presence; every page, route and server action still checks the
 * session itself, against the database. Shared views and signed-in dashboards are routed here
 * to the render of the record's current version (db/render/shared-render.ts, dashboard-render.ts).
 */
// The icons too: a share reader's browser and a chat app's unfurler ask for them without a session.
const PUBLIC = [/^\/login$/, /^\/api\/health$/, /^\/s(\/|$)/, /^\/api\/s\//, /^\/robots\.txt$/, /^\/icon\.svg$/, /^\/apple-icon(\.png)?$/, /^\/favicon\.ico$/];
const DATA_FILE = /\.(json|csv|xml)$/;
const NO_STORE = { "Cache-Control": "private, no-store" };

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC.some((p) => p.test(pathname))) return shared(request, pathname);
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return workspace(request, pathname);
  // Server actions answer for themselves (a typed refusal), never with a redirect.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  // Routes that answer data (the JSON API, a project's exports and feed) tell a script or a feed reader so, rather than redirect it.
  if (pathname.startsWith("/api/") || DATA_FILE.test(pathname)) {
    return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  // Where to go after signing in: the page asked for, without the router's own cache key.
  const query = new URLSearchParams(search);
  query.delete("_rsc");
  const rest = query.size > 0 ? `?${query}` : "";
  if (pathname !== "/") login.searchParams.set("next", pathname + rest);
  return NextResponse.redirect(login);
}

async function shared(request: NextRequest, pathname: string) {
  // Only the rewrite below reaches a render path; asked for directly, it does not exist.
  if (isRenderPath(pathname)) return new NextResponse("Not found.\n", { status: 404, headers: SHARED_RESPONSE_HEADERS });
  const render = await sharedRender(request);
  if (!render) return NextResponse.next();
  // For the front door, which alone writes the CSP and strips this header (db/edge/frame-ancestors.mjs).
  const framing: Record<string, string> = render.embedOrigins.length ? { [FRAME_ANCESTORS_HEADER]: render.embedOrigins.join(" ") } : {};
  return rewrite(request, render.path, { ...SHARED_RESPONSE_HEADERS, ...framing });
}

async function workspace(request: NextRequest, pathname: string) {
  if (isDashboardRenderPath(pathname)) return new NextResponse("Not found.\n", { status: 404, headers: NO_STORE });
  const render = await dashboardRenderPath(request);
  return render ? rewrite(request, render, NO_STORE) : NextResponse.next();
}

function rewrite(request: NextRequest, pathname: string, headers: Record<string, string>) {
  // nextUrl keeps the origin Next resolves the rewrite against, so it stays inside this server.
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  // Next would mark an ISR page cacheable by shared caches; these pages never are.
  return NextResponse.rewrite(url, { headers });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
