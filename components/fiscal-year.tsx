import { fiscalYearLabel, fiscalYearSpanLabel } from "@/lib/fiscal-year";

export function FiscalYear({ fy }: { fy: number }) {
  return <span className="tabular-nums">{fiscalYearLabel(fy)}</span>;
}

export function FiscalYearSpan({ first, last }: { first: number; last: number }) {
  return <span className="tabular-nums">{fiscalYearSpanLabel(first, last)}</span>;
}
