import { describe, expect, it } from "vitest";
import { containsPattern, highlight, searchTerms } from "@/lib/search";

describe("searchTerms", () => {
  it("lower-cases, NFKC-normalises and splits on white space, without repeats", () => {
    expect(searchTerms("  Maritime　ＡＳＥＡＮ maritime 訓練 ")).toEqual({ terms: ["maritime", "asean", "訓練"], tooShort: false });
  });
  it("leaves out one-character terms and says so", () => {
    expect(searchTerms("a 海")).toEqual({ terms: [], tooShort: true });
    expect(searchTerms("a 海洋")).toEqual({ terms: ["海洋"], tooShort: true });
    expect(searchTerms("")).toEqual({ terms: [], tooShort: false });
  });
  it("keeps at most five terms", () => {
    expect(searchTerms("aa bb cc dd ee ff gg").terms).toEqual(["aa", "bb", "cc", "dd", "ee"]);
  });
});

describe("containsPattern", () => {
  it("takes %, _ and \\ literally", () => {
    expect(containsPattern("10%_a\\b")).toBe("%10\\%\\_a\\\\b%");
  });
});

describe("highlight", () => {
  it("marks every match, in any case, and keeps the original text", () => {
    expect(highlight("Maritime security, MARITIME law", ["maritime"])).toEqual([
      { text: "Maritime", match: true },
      { text: " security, " },
      { text: "MARITIME", match: true },
      { text: " law" },
    ]);
  });
  it("merges overlapping matches of several terms", () => {
    expect(highlight("海洋訓練", ["海洋", "洋訓", "練"])).toEqual([{ text: "海洋訓練", match: true }]);
  });
  it("marks full-width letters matching a normalised term", () => {
    expect(highlight("ＡＳＥＡＮ会合", ["asean"])).toEqual([{ text: "ＡＳＥＡＮ", match: true }, { text: "会合" }]);
  });
  it("cuts a long text around its first match, with ellipses", () => {
    const text = `${"a".repeat(200)} target ${"b".repeat(200)}`;
    const segments = highlight(text, ["target"], 60);
    expect(segments[0]).toEqual({ text: "…" });
    expect(segments[segments.length - 1]).toEqual({ text: "…" });
    expect(segments.filter((s) => s.match)).toEqual([{ text: "target", match: true }]);
    expect(segments.map((s) => s.text).join("").length).toBeLessThanOrEqual(62);
  });
  it("returns the text whole when nothing matches", () => {
    expect(highlight("plain", ["zz"])).toEqual([{ text: "plain" }]);
    expect(highlight("", ["zz"])).toEqual([]);
  });
});
