// The session cookies' names and attributes (ASVS V3.3): HttpOnly, SameSite=Lax, and over HTTPS
// Secure with the `__Host-` prefix (Secure, Path=/, no Domain: no subdomain and no plain-HTTP page
// can set or overwrite them).
//
// Whether the portal is served over HTTPS is configuration, not a guess from NODE_ENV: the local demo
// and the e2e tests run a production build on plain http://127.0.0.1, where browsers refuse Secure
// cookies and prefixed names. In order:
//   COOKIE_SECURE=true|false   decides (true behind TLS; false only for plain-HTTP demos and tests);
//   AUTH_URL=https://…         the public URL's scheme decides;
//   neither                    next-auth decides per request from the scheme the request arrived by
//                              (X-Forwarded-Proto from the TLS proxy): Secure and `__Secure-`-prefixed
//                              names over HTTPS, plain ones over HTTP. Set one of the two in production.
import type { NextAuthConfig } from "next-auth";

export function secureCookiesSetting(env: Record<string, string | undefined> = process.env): boolean | undefined {
  const explicit = env.COOKIE_SECURE?.trim().toLowerCase();
  if (explicit === "true" || explicit === "1") return true;
  if (explicit === "false" || explicit === "0") return false;
  const url = env.AUTH_URL?.trim().toLowerCase();
  if (url) return url.startsWith("https://");
  return undefined;
}

const base = { httpOnly: true, sameSite: "lax", path: "/" } as const;

/** The cookie part of the next-auth configuration. The names keep "session-token" for tools and tests. */
export function cookieConfig(secure: boolean | undefined = secureCookiesSetting()): Pick<NextAuthConfig, "useSecureCookies" | "cookies"> {
  if (secure === undefined) return {};
  const prefix = secure ? "__Host-" : "";
  const options = { ...base, secure };
  return {
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: `${prefix}authjs.session-token`, options },
      csrfToken: { name: `${prefix}authjs.csrf-token`, options },
      callbackUrl: { name: `${prefix}authjs.callback-url`, options },
    },
  };
}
