import { NextResponse } from "next/server";
import { clientIp } from "@/db/auth/client-ip";
import { getSharedDashboard, openShareLink } from "@/db/share/resolve";
import { SHARED_RESPONSE_HEADERS } from "@/db/share/page-cache";

export const dynamic = "force-dynamic";

/** The public dashboard of a share link as JSON: what an open shared view polls. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const access = await openShareLink(token, { ip: clientIp(request.headers), use: "poll" });
  if (!access.ok && access.limited) {
    return NextResponse.json(
      { error: "rate_limited", message: "Too many requests. Try again shortly." },
      { status: 429, headers: { ...SHARED_RESPONSE_HEADERS, "Retry-After": String(access.retryAfterSeconds) } },
    );
  }
  const data = access.ok ? await getSharedDashboard(access.link.slug) : null;
  if (!data) {
    return NextResponse.json({ error: "not_found", message: "Not found." }, { status: 404, headers: SHARED_RESPONSE_HEADERS });
  }
  return NextResponse.json(data, { headers: SHARED_RESPONSE_HEADERS });
}
