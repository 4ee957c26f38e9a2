// The before/after view of an audit event: one row per top-level key of either side, saying whether
// its value changed. Pure, so that the audit log page and its tests share it.

export interface AuditDiffRow {
  key: string;
  /** Absent on that side (a created or deleted record, or a key one side does not carry). */
  hasBefore: boolean;
  hasAfter: boolean;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** The key a whole value stands under when a side is not an object (an array, a number...). */
export const WHOLE_VALUE = "(value)";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  return isRecord(value) ? value : { [WHOLE_VALUE]: value };
}

/** JSON with object keys sorted: equal values give equal text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((key) => [key, v[key]]),
        )
      : v,
  );
}

export function auditDiff(before: unknown, after: unknown): AuditDiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const hasBefore = key in b;
    const hasAfter = key in a;
    const changed = hasBefore !== hasAfter || canonical(b[key]) !== canonical(a[key]);
    return { key, hasBefore, hasAfter, before: b[key], after: a[key], changed };
  });
}

/** A value as the table shows it: text as is, anything else as pretty-printed JSON. */
export function formatAuditValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value, null, 2);
}
