import { NextResponse } from "next/server";
import { clientIp } from "@/db/auth/client-ip";
import { parseAsOf } from "@/db/dashboard/as-of";
import { todayIso } from "@/db/domain/today";
import { openShareLink } from "@/db/share/resolve";
import { SHARED_RESPONSE_HEADERS } from "@/db/share/response-headers";
import { getSharedDashboardAsOf } from "@/db/share/shared-as-of";

export const dynamic = "force-dynamic";

/** The public dashboard of a share link as JSON: what an open shared view polls; `?asOf=` as on the workspace route. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const access = await openShareLink(token, { ip: clientIp(request.headers), use: "poll" });
  if (!access.ok && access.limited) {
    return NextResponse.json(
      { error: "rate_limited", message: "Too many requests. Try again shortly." },
      { status: 429, headers: { ...SHARED_RESPONSE_HEADERS, "Retry-After": String(access.retryAfterSeconds) } },
    );
  }
  if (!access.ok) {
    return NextResponse.json({ error: "not_found", message: "Not found." }, { status: 404, headers: SHARED_RESPONSE_HEADERS });
  }
  const search = new URL(request.url).searchParams;
  const asOf = parseAsOf({ asOf: search.get("asOf"), mode: search.get("mode") }, todayIso());
  if (!asOf.ok) {
    return NextResponse.json({ error: "bad_request", message: asOf.message }, { status: 400, headers: SHARED_RESPONSE_HEADERS });
  }
  const data = await getSharedDashboardAsOf(access.link.slug, asOf.asOf);
  if (!data) {
    return NextResponse.json({ error: "not_found", message: "Not found." }, { status: 404, headers: SHARED_RESPONSE_HEADERS });
  }
  return NextResponse.json(data, { headers: SHARED_RESPONSE_HEADERS });
}
