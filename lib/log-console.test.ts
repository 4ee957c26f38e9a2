import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { consoleLine, logConsoleAsJson } from "@/lib/log-console";

function sink(): { stream: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, lines: () => chunks.join("").split("\n").filter(Boolean) };
}

describe("console output as JSON lines", () => {
  it("puts an unhandled error's report on one line, the stack as one field", () => {
    const error = new Error("invalid byte sequence for encoding UTF8: 0x00");
    const line = consoleLine("error", [" \u001b[31m⨯\u001b[39m", error]);
    expect(line).not.toContain("\n");
    const entry = JSON.parse(line) as { level: string; msg: string; error: { name: string; message: string; stack: string } };
    expect(entry.level).toBe("error");
    expect(entry.msg).toBe("Error: invalid byte sequence for encoding UTF8: 0x00");
    expect(entry.error.stack).toContain("log-console.test.ts");
    expect(entry.error.stack).toContain("\n"); // the stack keeps its lines, inside the one JSON field
  });

  it("formats the text as the console would, without colours, and masks secrets", () => {
    const entry = JSON.parse(consoleLine("warn", ["[auth] %s failed for %d users", "sign-in", 3, { password: "hunter2" }])) as {
      msg: string;
    };
    expect(entry.msg).toContain("[auth] sign-in failed for 3 users");
    expect(entry.msg).not.toContain("hunter2");
  });

  it("replaces every console method once, errors and warnings on stderr, the rest on stdout", () => {
    const out = sink();
    const err = sink();
    const target = { ...console } as Console;
    logConsoleAsJson(target, out.stream, err.stream);
    logConsoleAsJson(target, out.stream, err.stream); // a second install changes nothing
    target.error(new TypeError("boom"));
    target.warn("careful");
    target.log("ready on %s", "http://127.0.0.1:3000");
    target.info("info");
    expect(err.lines().map((line) => (JSON.parse(line) as { level: string }).level)).toEqual(["error", "warn"]);
    expect(out.lines().map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(["ready on http://127.0.0.1:3000", "info"]);
  });
});
