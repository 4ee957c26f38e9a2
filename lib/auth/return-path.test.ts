import { describe, expect, it } from "vitest";
import { localPath, loginPath } from "@/lib/auth/return-path";

describe("loginPath", () => {
  it("returns to the page asked for, encoded as the proxy always has", () => {
    expect(loginPath("/activities")).toBe("/login?callbackUrl=%2Factivities");
    expect(loginPath("/activities?fy=2025&state=PH")).toBe("/login?callbackUrl=%2Factivities%3Ffy%3D2025%26state%3DPH");
  });

  it("is plain /login for the dashboard, a missing path or anything not local", () => {
    for (const path of ["/", "", null, undefined, "https://evil.example/", "javascript:alert(1)"]) expect(loginPath(path)).toBe("/login");
  });

  it("marks a session that ended on the server, with or without a page to return to", () => {
    expect(loginPath("/activities", { sessionEnded: true })).toBe("/login?callbackUrl=%2Factivities&session=ended");
    expect(loginPath("/", { sessionEnded: true })).toBe("/login?session=ended");
  });
});

describe("localPath", () => {
  it("keeps a local path and query, or the path of an absolute URL on any host", () => {
    expect(localPath("/activities?fy=2025")).toBe("/activities?fy=2025");
    expect(localPath("http://127.0.0.1:3000/plans/abc")).toBe("/plans/abc");
    expect(localPath("https://evil.example/plans")).toBe("/plans");
  });

  it("is the dashboard for anything that is not a plain local path", () => {
    for (const value of [
      undefined,
      null,
      42,
      ["/a"],
      "",
      "//evil.example/",
      "/\\evil.example",
      "javascript:alert(1)",
      "/login",
      "/login?callbackUrl=%2F",
      "x".repeat(3000),
    ]) {
      expect(localPath(value)).toBe("/");
    }
  });

  it("refuses control characters, which would break the redirect's header (CR/LF) or the database (NUL)", () => {
    for (const value of ["/activities\r\nSet-Cookie: x=1", "/activities\n", "/a\u0000b", "/a\tb", "/a\u007fb"])
      expect(localPath(value)).toBe("/");
  });
});
