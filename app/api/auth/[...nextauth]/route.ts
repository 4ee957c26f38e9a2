import { NextRequest } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { handlers } from "@/lib/auth/config";
import { queryValue } from "@/lib/validation/query";

// next-auth's endpoints (csrf, providers, the credentials callback...), with two changes:
// - its own GET /api/auth/session would answer for any cookie it can decrypt, a revoked session's
//   too, and with the cookie's session ids. Here it answers only while the session row stands, as
//   every page does, and only with the user's own name and email. Nothing in the portal reads it.
// - Auth.js answers a `callbackUrl` it cannot use (neither a path nor an http(s) URL: "'", "../x")
//   with a 500 and logs it as a configuration error. Such a parameter is dropped before Auth.js reads
//   it, as the portal's own filters drop what they cannot use; Auth.js then uses its default. Of a
//   repeated one, the first counts, as everywhere else.
export async function GET(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.replace(/\/+$/, "") === "/api/auth/session") {
    const actor = await getActor();
    return Response.json(actor ? { user: { name: actor.name, email: actor.email } } : null, { headers: { "Cache-Control": "no-store" } });
  }
  return handlers.GET(withUsableCallbackUrl(request));
}

export const { POST } = handlers;

function usable(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

function withUsableCallbackUrl(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  const values = url.searchParams.getAll("callbackUrl");
  if (values.length === 0) return request;
  const first = queryValue(values);
  const keep = first !== undefined && usable(first, url.origin) ? first : undefined;
  if (values.length === 1 && keep !== undefined) return request;
  url.searchParams.delete("callbackUrl");
  if (keep !== undefined) url.searchParams.set("callbackUrl", keep);
  return new NextRequest(url, request);
}
