import { describe, expect, it } from "vitest";
import { csvCell, csvRow, UTF8_BOM } from "@/lib/exports/csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Ship Rider")).toBe("Ship Rider");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("日本語")).toBe("日本語");
    expect(csvCell(null)).toBe("");
  });
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
  });
  it("neutralises text that a spreadsheet would run as a formula", () => {
    for (const attack of ["=SUM(A1)", "+1+1", "-2+3", "@cmd", "\tcalc", "\r=1"]) {
      const cell = csvCell(attack);
      expect(cell.replace(/^"/, "").startsWith("'"), attack).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe("csvRow", () => {
  it("ends rows with CRLF and keeps the BOM separate", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
    expect(UTF8_BOM).toBe("\uFEFF");
  });
});
