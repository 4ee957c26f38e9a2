// How many report exports (CSV, XLSX, PDF, the annual report) a user may make: each one is on the
// audit trail, so a crawler, or a cross-site link followed again and again with the user's cookie,
// would otherwise fill the audit log and take the data out as fast as the server renders it. The
// count is the user's own `report.export` audit events in a sliding window (lib/data/reports), so every
// app instance sees the same. Pure: no Next, no Prisma.

export interface ExportLimit {
  /** Exports per user within the window. */
  max: number;
  windowMs: number;
}

export const EXPORT_WINDOW_MS = 10 * 60_000;
export const DEFAULT_EXPORTS_PER_WINDOW = 30;

/** The limit: REPORT_EXPORT_LIMIT exports per user per 10 minutes (a whole number from 1), else 30. */
export function exportLimit(env: Record<string, string | undefined> = process.env): ExportLimit {
  const text = env.REPORT_EXPORT_LIMIT?.trim() ?? "";
  const max = /^\d{1,6}$/.test(text) ? Number(text) : 0;
  return { max: max >= 1 ? max : DEFAULT_EXPORTS_PER_WINDOW, windowMs: EXPORT_WINDOW_MS };
}

/**
 * Whole seconds before the next export is allowed (0: now). `recent` are the times of the user's
 * exports within the window, newest first, at least the `max` newest of them: the next one is allowed
 * once the max-th newest has left the window.
 */
export function exportRetryAfterSeconds(recent: readonly Date[], now: Date, limit: ExportLimit): number {
  const oldestCounted = recent[limit.max - 1];
  if (!oldestCounted) return 0;
  const ms = oldestCounted.getTime() + limit.windowMs - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** The values of the "too many exports" message (messages/*.reports.json, reports.errors.tooManyExports). */
export function exportLimitMessageValues(retryAfterSeconds: number, limit: ExportLimit) {
  const minutes = retryAfterSeconds >= 60;
  return {
    max: limit.max,
    window: Math.round(limit.windowMs / 60_000),
    unit: minutes ? "minutes" : "seconds",
    count: minutes ? Math.ceil(retryAfterSeconds / 60) : retryAfterSeconds,
  };
}
