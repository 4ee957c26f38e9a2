import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ConflictError, RuleViolationError } from "@/lib/errors";
import { blocking, warnings, type RuleResult } from "@/lib/rules/principles";

// Pieces shared by the activity and program mutations.

/**
 * Blocking rule results refuse the save or the step (with every result: the answer shows the blocking
 * ones and notes the later steps' ones); warnings go through.
 */
export function refuseOnRules(results: RuleResult[]): RuleResult[] {
  if (blocking(results).length) throw new RuleViolationError(results);
  return warnings(results);
}

/** The conflict of a save based on an old version: who changed the record, when, and its values now. */
export function staleVersion(current: { version: number; updatedAt: string; updatedBy: string | null }, values: unknown): ConflictError {
  return new ConflictError({ version: current.version, updatedAt: new Date(current.updatedAt), updatedBy: current.updatedBy, values });
}

/** The codes of `wanted` that `lookup` does not find. */
export async function unknownCodes(wanted: string[], lookup: (codes: string[]) => Promise<{ code: string }[]>): Promise<string[]> {
  if (!wanted.length) return [];
  const found = new Set((await lookup(wanted)).map((row) => row.code));
  return wanted.filter((code) => !found.has(code));
}

/** A copy of `value` without `keys` (bookkeeping fields a view or the audit trail leaves out). */
export function without<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

/**
 * A plan or activity editor that changes its need links changes those needs' links too: bump their
 * versions, so that a triage form opened on an older version gets a conflict instead of saving its
 * stale list of links over this one.
 */
export async function touchNeedsWhoseLinksChanged(tx: Prisma.TransactionClient, before: string[], after: string[]): Promise<void> {
  const was = new Set(before);
  const now = new Set(after);
  const changed = [...before.filter((id) => !now.has(id)), ...after.filter((id) => !was.has(id))];
  if (changed.length) await tx.partnerNeed.updateMany({ where: { id: { in: changed } }, data: { version: { increment: 1 } } });
}

/** Whether a write failed on a unique constraint: two creates of the same one-per-parent record at once. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
