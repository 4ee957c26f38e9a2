import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { queryValue } from "@/lib/validation/query";

// Auth.js answers a `callbackUrl` it cannot use (neither a path nor an http(s) URL: "'", "../x") with
// a 500 and logs it as a configuration error. Such a parameter is dropped before Auth.js reads it, as
// the portal's own filters drop what they cannot use; Auth.js then uses its default. Of a repeated
// one, the first counts, as everywhere else.
export function GET(request: NextRequest): Promise<Response> {
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
