// For load balancers and monitoring: is this instance up, and does it reach the database? Public (no
// session), so it says nothing else: no versions, no host names, no error text.
import { NextResponse } from "next/server";
import { pingDatabase } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const DATABASE_TIMEOUT_MS = 2_000;

export async function GET() {
  const database = await pingDatabase(DATABASE_TIMEOUT_MS);
  return NextResponse.json(
    {
      status: database.ok ? "ok" : "degraded",
      app: "ok",
      database: database.ok ? "ok" : "unavailable",
      latencyMs: database.latencyMs,
    },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
