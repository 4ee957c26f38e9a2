import { useLocale } from "next-intl";
import { fiscalYearLabel, fiscalYearSpanLabel } from "@/lib/fiscal-year";

// A fiscal year as the reader's language writes it: FY2026, or 2026年度 (lib/fiscal-year.ts). Works
// in server and client components alike (useLocale reads the request's or the provider's language).

export function FiscalYear({ fy }: { fy: number }) {
  return <span className="tabular-nums">{fiscalYearLabel(fy, useLocale())}</span>;
}

export function FiscalYearSpan({ first, last }: { first: number; last: number }) {
  return <span className="tabular-nums">{fiscalYearSpanLabel(first, last, useLocale())}</span>;
}
