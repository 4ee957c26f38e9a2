// Mutations come only from the portal's own pages. Browsers send Origin with every cross-site POST,
// and Next.js compares it with the host for server actions, but it lets a POST without Origin through
// and believes X-Forwarded-Host. proxy.ts therefore refuses any request that may change something
// (every method but GET, HEAD and OPTIONS: server actions, next-auth's callbacks) unless its Origin, or
// failing that its Referer, is the portal's own:
// - with AUTH_URL set, exactly that URL's origin (scheme, host and port);
// - otherwise the Host the request was sent to, or X-Forwarded-Host when TRUSTED_PROXY says proxies
//   in front wrote it (scripts/serve.ts drops it otherwise).

export interface MutationRequest {
  method: string;
  origin: string | null;
  referer: string | null;
  host: string | null;
  forwardedHost: string | null;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(value: string | null): URL | null {
  if (!value || value === "null") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export function isOwnOriginRequest(
  request: MutationRequest,
  { publicUrl, trustedHops }: { publicUrl?: string; trustedHops: number },
): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  // Referer only stands in when Origin is absent: an Origin of "null" (a sandboxed frame, a redirect
  // across sites) is a refusal in itself.
  const source = request.origin !== null ? originOf(request.origin) : originOf(request.referer);
  if (!source) return false;
  const expected = originOf(publicUrl?.trim() || null);
  if (expected) return source.origin === expected.origin;
  const host = (trustedHops > 0 ? request.forwardedHost?.split(",")[0]?.trim() : undefined) || request.host;
  return !!host && source.host === host.toLowerCase();
}
