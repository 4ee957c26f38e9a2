import { useLocale } from "next-intl";
import { isLocale } from "@/i18n/locales";
import { fiscalYearLabel, fiscalYearSpanLabel } from "@/lib/fiscal-year";

// A fiscal year as the reader's language writes it: FY2026, or 2026年度 (lib/fiscal-year.ts). Works
// in server and client components alike (useLocale reads the request's or the provider's language).

function useFiscalYearLocale(): "en" | "ja" {
  const locale = useLocale();
  return isLocale(locale) ? locale : "en";
}

export function FiscalYear({ fy }: { fy: number }) {
  return <span className="tabular-nums">{fiscalYearLabel(fy, useFiscalYearLocale())}</span>;
}

export function FiscalYearSpan({ first, last }: { first: number; last: number }) {
  return <span className="tabular-nums">{fiscalYearSpanLabel(first, last, useFiscalYearLocale())}</span>;
}
