import { describe, expect, it } from "vitest";
import { loginPath } from "@/lib/auth/return-path";

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
