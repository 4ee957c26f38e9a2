// Signing in to the portal over real HTTP, as a browser does, so that a benchmark measures requests
// exactly as users make them (session cookie, proxy, actor lookup and all):
//   1. GET  /api/auth/csrf                     -> the CSRF cookie and the token to send back with it
//   2. POST /api/auth/callback/credentials     -> form-encoded csrfToken, email, password, callbackUrl;
//      answered with a redirect (not followed) that sets the session cookie (authjs.session-token)
//   3. GET  /api/notifications/unread          -> 200 proves that the cookie is a working session

/** The cookies of one client, by name. Enough for one origin over plain HTTP; not a general cookie jar. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Takes in the Set-Cookie headers of a response; a cookie set empty or expired is removed. */
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = "", v = ""] = a.split("=").map((s) => s.trim());
        return (key.toLowerCase() === "max-age" && Number(v) <= 0) || (key.toLowerCase() === "expires" && Date.parse(v) < Date.now());
      });
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export interface HttpSession {
  baseUrl: string;
  jar: CookieJar;
  /** Headers to send with every request: the cookies, and English for predictable report headers. */
  headers(): Record<string, string>;
  /** A GET with the session's cookies (redirects not followed); keeps any cookie the answer sets. */
  get(path: string): Promise<Response>;
}

function session(baseUrl: string, jar: CookieJar): HttpSession {
  const headers = () => ({ Cookie: jar.header(), "Accept-Language": "en" });
  return {
    baseUrl,
    jar,
    headers,
    async get(path) {
      const response = await fetch(new URL(path, baseUrl), { headers: headers(), redirect: "manual" });
      jar.store(response);
      return response;
    },
  };
}

async function describe(response: Response): Promise<string> {
  const location = response.headers.get("location");
  const body = (await response.text().catch(() => "")).slice(0, 200);
  return `HTTP ${response.status}${location ? ` -> ${location}` : ""}${body ? `: ${body}` : ""}`;
}

/** Signs in with the Credentials provider and checks that the session works. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const jar = new CookieJar();
  const http = session(baseUrl, jar);

  const csrf = await http.get("/api/auth/csrf");
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf: ${await describe(csrf)}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf answered without a csrfToken");

  const callback = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    // From the portal's own origin, as the sign-in form's browser sends it: the portal refuses others.
    headers: { ...http.headers(), "Content-Type": "application/x-www-form-urlencoded", Origin: new URL(baseUrl).origin },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
    redirect: "manual",
  });
  jar.store(callback);
  if (!jar.names().some((name) => name.includes("session-token"))) {
    // A failed sign-in redirects to /login?error=CredentialsSignin without a session cookie.
    throw new Error(`sign-in as ${email} set no session cookie (${await describe(callback)})`);
  }
  await callback.body?.cancel();

  const check = await http.get("/api/notifications/unread");
  if (check.status !== 200) throw new Error(`the new session does not work: GET /api/notifications/unread: ${await describe(check)}`);
  await check.body?.cancel();
  return http;
}
