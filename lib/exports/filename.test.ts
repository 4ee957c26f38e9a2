import { describe, expect, it } from "vitest";
import { reportFileName } from "@/lib/exports/filename";

const today = new Date("2026-11-28T10:00:00Z");

describe("reportFileName", () => {
  it("names the report, the fiscal years and the day", () => {
    expect(reportFileName("activities", {}, "csv", today)).toBe("activities-2026-11-28.csv");
    expect(reportFileName("plans", { fyFrom: 2024, fyTo: 2024 }, "xlsx", today)).toBe("plans-FY2024-2026-11-28.xlsx");
    expect(reportFileName("needs", { fyFrom: 2020, fyTo: 2025 }, "pdf", today)).toBe("needs-FY2020-to-FY2025-2026-11-28.pdf");
    expect(reportFileName("coverage", { fyTo: 2025 }, "csv", today)).toBe("coverage-to-FY2025-2026-11-28.csv");
  });
});
