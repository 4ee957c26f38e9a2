import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { CALENDAR_DATE, calendarRange } from "@/lib/i18n/format";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// next-intl's own formatter, counting the range formats it is asked for.
function counted(locale: string) {
  const format = createFormatter({ locale, timeZone: "Asia/Tokyo" });
  const calls = { range: 0 };
  return {
    calls,
    format: {
      dateTime: (value: Date, options: typeof CALENDAR_DATE) => format.dateTime(value, options),
      dateTimeRange: (start: Date, end: Date, options: typeof CALENDAR_DATE) => (calls.range++, format.dateTimeRange(start, end, options)),
    },
  };
}

describe("calendarRange", () => {
  it("writes a span in the reader's language, in UTC (stored dates are calendar dates), and one date for a one-day span", () => {
    const { format } = counted("en");
    expect(calendarRange(format, "en", day("2028-02-03"), day("2028-02-06"))).toMatch(/^Feb 3\s–\s6, 2028$/); // Intl puts thin spaces around the dash
    expect(calendarRange(format, "en", day("2028-02-03"), day("2028-02-03"))).toBe("Feb 3, 2028");
    const ja = counted("ja").format;
    expect(calendarRange(ja, "ja", day("2028-02-03"), day("2028-02-06"))).toBe(
      ja.dateTimeRange(day("2028-02-03"), day("2028-02-06"), CALENDAR_DATE),
    );
  });

  it("formats each span once per language, then answers from memory", () => {
    const en = counted("en");
    const first = calendarRange(en.format, "en", day("2031-05-01"), day("2031-05-09"));
    const again = calendarRange(en.format, "en", day("2031-05-01"), day("2031-05-09"));
    expect(again).toBe(first);
    expect(en.calls.range).toBe(1);
    const ja = counted("ja");
    expect(calendarRange(ja.format, "ja", day("2031-05-01"), day("2031-05-09"))).not.toBe(first);
    expect(ja.calls.range).toBe(1);
  });
});
