import type { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { handlers } from "@/lib/auth/config";

// next-auth's endpoints (csrf, providers, the credentials callback...), with one change: its own
// GET /api/auth/session would answer for any cookie it can decrypt, a revoked session's too, and
// with the cookie's session ids. Here it answers only while the session row stands, as every page
// does, and only with the user's own name and email. Nothing in the portal reads it.
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.replace(/\/+$/, "") === "/api/auth/session") {
    const actor = await getActor();
    return Response.json(actor ? { user: { name: actor.name, email: actor.email } } : null, { headers: { "Cache-Control": "no-store" } });
  }
  return handlers.GET(request);
}

export const { POST } = handlers;
