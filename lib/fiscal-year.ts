// Japanese fiscal years run 1 April to 31 March and are named by the calendar year they start in:
// FY2026 = 2026-04-01 .. 2027-03-31. Dates are calendar dates (UTC midnight), as stored in @db.Date.

export const FIRST_SUPPORTED_FY = 2000;
export const LAST_SUPPORTED_FY = 2100;

export function fiscalYearOf(date: Date): number {
  const year = date.getUTCFullYear();
  return date.getUTCMonth() >= 3 ? year : year - 1;
}

export function fiscalYearStart(fy: number): Date {
  return new Date(Date.UTC(fy, 3, 1));
}

/** The instant a fiscal year begins in Japan (1 April, 00:00 JST): timestamps (a need's submission) compare with it. */
export function fiscalYearStartInJapan(fy: number): Date {
  return new Date(fiscalYearStart(fy).getTime() - 9 * 60 * 60 * 1000);
}

/** Last day of the fiscal year (31 March of the next calendar year). */
export function fiscalYearEnd(fy: number): Date {
  return new Date(Date.UTC(fy + 1, 2, 31));
}

/**
 * How a fiscal year is written: "FY2026" in English; "2026年度" in Japanese, as the ministry writes it
 * in running text; "令和8年度" where a formal Japanese report names the era (the report's switch).
 */
export type FiscalYearStyle = "plain" | "era";

/** The label of a fiscal year in a language (English when none is given: CSV headers, audit text). */
export function fiscalYearLabel(fy: number, locale: string = "en", style: FiscalYearStyle = "plain"): string {
  if (locale !== "ja") return `FY${fy}`;
  return style === "era" ? `${eraYear(fy)}年度` : `${fy}年度`;
}

/** Japanese eras a fiscal year of the portal can fall in, latest first; a fiscal year takes the era of its April. */
const ERAS = [
  { name: "令和", first: 2019 },
  { name: "平成", first: 1989 },
] as const;

/** "令和8" for FY2026, "令和元" for FY2019 (the first year of an era is 元, not 1). */
function eraYear(fy: number): string {
  const era = ERAS.find((candidate) => fy >= candidate.first) ?? ERAS[ERAS.length - 1]!;
  const year = fy - era.first + 1;
  return `${era.name}${year === 1 ? "元" : year}`;
}

/** "FY2026–FY2027" / "2026年度–2027年度": the fiscal years a plan runs over. */
export function fiscalYearSpanLabel(first: number, last: number, locale: string = "en", style: FiscalYearStyle = "plain"): string {
  return `${fiscalYearLabel(first, locale, style)}–${fiscalYearLabel(last, locale, style)}`;
}

/** Parses "FY2026" or "2026"; null for anything else or out of the supported range. */
export function parseFiscalYear(text: string): number | null {
  const match = /^(?:FY)?(\d{4})$/i.exec(text.trim());
  if (!match) return null;
  const fy = Number(match[1]);
  return fy >= FIRST_SUPPORTED_FY && fy <= LAST_SUPPORTED_FY ? fy : null;
}

/** Every fiscal year from first to last, inclusive; empty when the span is reversed. */
export function fiscalYearRange(first: number, last: number): number[] {
  const years: number[] = [];
  for (let fy = first; fy <= last; fy++) years.push(fy);
  return years;
}

/** Number of fiscal years in a span, inclusive (FY2026..FY2028 spans 3). */
export function fiscalYearSpan(first: number, last: number): number {
  return last < first ? 0 : last - first + 1;
}

/**
 * Today's calendar date in Japan (UTC+9, no daylight saving time), as a UTC-midnight date like the
 * stored ones: the portal's "today" and "this fiscal year" follow the ministry's calendar, not the
 * server's time zone.
 */
export function todayInJapan(now: Date = new Date()): Date {
  const japan = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  return new Date(Date.UTC(japan.getUTCFullYear(), japan.getUTCMonth(), japan.getUTCDate()));
}

export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(todayInJapan(now));
}
