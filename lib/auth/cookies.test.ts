import { Auth, skipCSRFCheck } from "@auth/core";
import Credentials from "@auth/core/providers/credentials";
import { describe, expect, it } from "vitest";
import { cookieConfig, secureCookiesSetting } from "@/lib/auth/cookies";

describe("whether session cookies are Secure", () => {
  it("is what COOKIE_SECURE says, else the scheme of AUTH_URL, else decided per request", () => {
    expect(secureCookiesSetting({ COOKIE_SECURE: "true", AUTH_URL: "http://127.0.0.1:3000" })).toBe(true);
    expect(secureCookiesSetting({ COOKIE_SECURE: "false", AUTH_URL: "https://portal.example" })).toBe(false);
    expect(secureCookiesSetting({ AUTH_URL: "https://portal.example" })).toBe(true);
    expect(secureCookiesSetting({ AUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
    expect(secureCookiesSetting({})).toBeUndefined();
    expect(secureCookiesSetting({ COOKIE_SECURE: "maybe" })).toBeUndefined();
  });
});

describe("the cookie configuration", () => {
  it("over HTTPS: __Host- names, Secure, HttpOnly, SameSite=Lax, Path=/", () => {
    const config = cookieConfig(true);
    expect(config.useSecureCookies).toBe(true);
    for (const cookie of [config.cookies?.sessionToken, config.cookies?.csrfToken, config.cookies?.callbackUrl]) {
      expect(cookie?.name).toMatch(/^__Host-authjs\./);
      expect(cookie?.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
    }
    expect(config.cookies?.sessionToken?.name).toBe("__Host-authjs.session-token");
  });

  it("over plain HTTP: no prefix (browsers refuse prefixed names without Secure), still HttpOnly and Lax", () => {
    const config = cookieConfig(false);
    expect(config.cookies?.sessionToken).toEqual({
      name: "authjs.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("undecided: left to next-auth, which uses Secure and __Secure- names for HTTPS requests", () => {
    expect(cookieConfig(undefined)).toEqual({});
  });
});

describe("the cookies next-auth sets with this configuration", () => {
  // Auth.js itself (the core under next-auth), signing a user in through a Credentials provider.
  async function signInCookies(origin: string, secure: boolean | undefined): Promise<string[]> {
    const response = await Auth(
      new Request(`${origin}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "planner@example.org", password: "x", callbackUrl: "/" }),
      }),
      {
        secret: "a-test-secret-that-is-long-enough-for-jwe",
        trustHost: true,
        basePath: "/api/auth",
        skipCSRFCheck,
        session: { strategy: "jwt" },
        providers: [
          Credentials({ credentials: { email: {}, password: {} }, authorize: () => ({ id: "u1", email: "planner@example.org" }) }),
        ],
        ...cookieConfig(secure),
      },
    );
    return response.headers.getSetCookie();
  }

  it("over HTTPS: __Host-authjs.session-token, HttpOnly, Secure, SameSite=Lax, Path=/, no Domain", async () => {
    const [session] = (await signInCookies("https://portal.example", true)).filter((cookie) => cookie.includes("session-token"));
    expect(session).toMatch(/^__Host-authjs\.session-token=[^;]+;/);
    const attributes = session!
      .split(";")
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["path=/", "httponly", "secure", "samesite=lax"]));
    expect(attributes.some((part) => part.startsWith("domain="))).toBe(false);
  });

  it("over plain HTTP (demo, e2e): authjs.session-token, HttpOnly, SameSite=Lax, not Secure", async () => {
    const [session] = (await signInCookies("http://127.0.0.1:3100", false)).filter((cookie) => cookie.includes("session-token"));
    expect(session).toMatch(/^authjs\.session-token=/);
    const attributes = session!
      .split(";")
      .slice(1)
      .map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["path=/", "httponly", "samesite=lax"]));
    expect(attributes).not.toContain("secure");
  });

  it("undecided: Secure and __Secure- for a request that came over HTTPS", async () => {
    const [session] = (await signInCookies("https://portal.example", undefined)).filter((cookie) => cookie.includes("session-token"));
    expect(session).toMatch(/^__Secure-authjs\.session-token=.*;\s*Secure/i);
  });
});
