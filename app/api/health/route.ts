import { NextResponse, connection } from "next/server";
import { getConnection } from "@/db/client";
import { getHealth } from "@/db/queries/health";

/** Liveness and database reachability, for load balancers and uptime checks. */
export async function GET() {
  // Answer per request: a health check frozen at build time would be worse than none.
  await connection();
  const health = await getHealth({ connection: getConnection() });
  return NextResponse.json(health, {
    status: health.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
