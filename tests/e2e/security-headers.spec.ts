// Security headers on every kind of response (page, redirect, API, streamed report, static file), a
// fresh CSP nonce per request on Next's own scripts, and pages that still hydrate and work under the
// policy without a single violation reported by the browser.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

const PAGE_CSP =
  /^default-src 'self'; script-src 'nonce-([A-Za-z0-9+/]{22}==)' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'$/;

/** The one value of a header; fails when it is missing or sent twice (two policies would both apply). */
function single(response: APIResponse, name: string): string {
  const values = response.headersArray().filter((header) => header.name.toLowerCase() === name.toLowerCase());
  expect(values, `${name} on ${response.url()}`).toHaveLength(1);
  return values[0]!.value;
}

function expectSecurityHeaders(response: APIResponse): void {
  expect(single(response, "X-Content-Type-Options")).toBe("nosniff");
  expect(single(response, "X-Frame-Options")).toBe("DENY");
  expect(single(response, "Referrer-Policy")).toBe("same-origin");
  expect(single(response, "Cross-Origin-Opener-Policy")).toBe("same-origin");
  const permissions = single(response, "Permissions-Policy");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(permissions).toContain(`${feature}=()`);
  // The test server is plain HTTP with no TLS configured (AUTH_URL, COOKIE_SECURE): no HSTS, which
  // browsers ignore over HTTP and which a portal not behind TLS must not claim (lib/security/headers.test.ts
  // covers the TLS case).
  expect(response.headersArray().filter((header) => header.name.toLowerCase() === "strict-transport-security")).toHaveLength(0);
}

/** Checks the page policy and returns its nonce. */
function expectPagePolicy(response: APIResponse): string {
  expectSecurityHeaders(response);
  const policy = single(response, "Content-Security-Policy");
  const nonce = PAGE_CSP.exec(policy)?.[1];
  expect(nonce, policy).toBeDefined();
  expect(single(response, "X-Request-Id")).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/);
  return nonce!;
}

/** Every <script> of the HTML, with its nonce attribute (or null). */
function scriptTags(html: string): { tag: string; nonce: string | null }[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => ({ tag, nonce: /\snonce="([^"]*)"/.exec(tag)?.[1] ?? null }));
}

function expectScriptsCarry(html: string, nonce: string): void {
  const scripts = scriptTags(html);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.nonce, script.tag).toBe(nonce);
}

/** Collects what the browser reports against the policy, across navigations. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}: ${event.sample}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|evaluate)/i.test(message.text()))
      violations.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

test("the sign-in page: headers, a nonce on every script, a new nonce on every request", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  expect(first.status()).toBe(200);
  const [nonce1, nonce2] = [expectPagePolicy(first), expectPagePolicy(second)];
  expect(nonce1).not.toBe(nonce2);
  expect(single(first, "X-Request-Id")).not.toBe(single(second, "X-Request-Id"));
  expectScriptsCarry(await first.text(), nonce1);
  expectScriptsCarry(await second.text(), nonce2);
});

test("a signed-in page, its API and a streamed report carry the headers", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  const html = await page.request.get("/activities");
  expect(html.status()).toBe(200);
  expectScriptsCarry(await html.text(), expectPagePolicy(html));

  const api = await page.request.get("/api/notifications/unread");
  expect(api.status()).toBe(200);
  expectPagePolicy(api);

  // The report route handler's own headers survive beside the proxy's.
  const report = await page.request.get("/api/reports/activities?format=csv");
  expect(report.status()).toBe(200);
  expectPagePolicy(report);
  expect(single(report, "Content-Type")).toBe("text/csv; charset=utf-8");
  expect(single(report, "Content-Disposition")).toMatch(/^attachment; filename="activities-.*\.csv"$/);
  expect(single(report, "X-Row-Count")).toMatch(/^\d+$/);
});

test("anonymous answers from the proxy carry them too: the redirect to /login and the API's 401", async ({ request }) => {
  const redirect = await request.get("/activities", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toContain("/login?callbackUrl=%2Factivities");
  expectPagePolicy(redirect);

  const api = await request.get("/api/notifications/unread");
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: "unauthenticated" });
  expectPagePolicy(api);
});

test("static files get the same headers and a policy that lets nothing run", async ({ request }) => {
  const html = await (await request.get("/login")).text();
  const chunk = /<script\b[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeDefined();
  for (const path of [chunk!, "/icon.svg"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response);
    const policy = single(response, "Content-Security-Policy");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("'nonce-");
  }
});

test("a request id from a load balancer is kept when plain, replaced when not", async ({ request }) => {
  const kept = await request.get("/login", { headers: { "X-Request-Id": "lb-0123456789abcdef" } });
  expect(single(kept, "X-Request-Id")).toBe("lb-0123456789abcdef");
  const replaced = await request.get("/login", { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
  expect(single(replaced, "X-Request-Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});

test("pages hydrate and work under the policy, and the browser reports no violation", async ({ page }) => {
  const violations = await watchViolations(page);

  // Before signing in: the language switch is a client component.
  await page.goto("/login");
  await page.getByRole("button", { name: "日本語", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // Signing in, then client-side navigation (chunks loaded by trusted scripts) and the switch again.
  await signInAs(page, "planner@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  await page.getByRole("button", { name: "日本語", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "活動" })).toBeVisible();
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  expect(violations).toEqual([]);
});

test("the browser enforces the policy: an injected inline event handler does not run", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "日本語", exact: true })).toBeEnabled();
  // What an HTML injection would do: markup with an inline event handler. (A script element created
  // by a script is not an injection test: 'strict-dynamic' trusts what trusted scripts create, and
  // page.evaluate runs as the page's own code.)
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<img src="data:," onerror="window.injected = 'handler'">`);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
});
