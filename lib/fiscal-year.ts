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

/** Last day of the fiscal year (31 March of the next calendar year). */
export function fiscalYearEnd(fy: number): Date {
  return new Date(Date.UTC(fy + 1, 2, 31));
}

export function fiscalYearLabel(fy: number): string {
  return `FY${fy}`;
}

/** Parses "FY2026" or "2026"; null for anything else or out of the supported range. */
/** "FY2026–FY2027": the fiscal years a plan runs over. */
export function fiscalYearSpanLabel(first: number, last: number): string {
  return `${fiscalYearLabel(first)}–${fiscalYearLabel(last)}`;
}

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
