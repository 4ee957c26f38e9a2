// The Content-Security-Policy of every response that proxy.ts sees, with a fresh script nonce per
// request. Next reads the nonce back from the request's Content-Security-Policy header (the
// `'nonce-…'` source of script-src) and puts it on its own <script> tags while rendering; that only
// works for pages rendered per request, which every page here is (the root layout reads the locale
// cookie).
//
// style-src is 'self' 'unsafe-inline', not a nonce, on purpose:
// - Next 16 takes the nonce from script-src only and hands it to React as a script nonce, so a style
//   nonce would be put on nothing; the styles themselves are Tailwind's compiled stylesheet, a
//   <link> to /_next/static (covered by 'self').
// - A nonce in style-src makes browsers ignore 'unsafe-inline', and a nonce cannot cover style=""
//   attributes: app/global-error.tsx, Next's built-in error pages and any server-rendered React
//   `style` prop would lose their styling.
// Inline CSS cannot run script; script-src is the directive that stops XSS, and it stays strict.
//
// script-src is only the nonce and 'strict-dynamic': scripts that a nonced script loads (Next's
// chunks, client navigation) are trusted through it; 'self' and host lists are ignored by browsers
// that understand 'strict-dynamic', so listing them would only suggest a protection that isn't there.

export interface CspOptions {
  /** `next dev`: React rebuilds server error stacks in the browser with eval(). Never in production. */
  dev: boolean;
}

// Base64 or base64url, as Next's own parser accepts it: anything else could break out of the header.
const NONCE_PATTERN = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function buildCsp(nonce: string, { dev }: CspOptions): string {
  if (!NONCE_PATTERN.test(nonce)) throw new Error("CSP nonce must be at least 16 base64 characters");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
