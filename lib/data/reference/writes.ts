import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { TEXT_TABLES, findFramework, findState, frameworkValues, stateValues, textValues } from "@/lib/data/reference/admin-reads";
import { staleVersion } from "@/lib/data/editing";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import {
  frameworkCreateSchema,
  frameworkUpdateSchema,
  partnerStateSchema,
  referenceMsg,
  referenceTextSchema,
  type FrameworkValues,
  type ReferenceTextValues,
  type TextKind,
} from "@/lib/validation/reference";

// Editing reference data (admins only): the texts of the strategic framework, the ASEAN-led
// frameworks (edited and created) and the partner states. Each mutation checks the version the form
// was loaded with, and writes its change and audit event in one transaction. Reference rows record no
// editor of their own: "who changed it" in a conflict is the author of the latest audit event on it.
// Nothing here is cached: the actions revalidate the pages that show these names and texts.

// ---------------------------------------------------------------- shared

/** Throws the conflict of a stale save: the record's values now, who saved them and when. */
async function conflict(
  tx: Tx,
  entity: string,
  id: string,
  current: { version: number; updatedAt: Date },
  values: unknown,
): Promise<never> {
  const last = await tx.auditEvent.findFirst({
    where: { entity, entityId: id },
    select: { actorEmail: true, actor: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  const updatedBy = last?.actor?.name ?? last?.actorEmail ?? null;
  throw staleVersion({ version: current.version, updatedAt: current.updatedAt.toISOString(), updatedBy }, values);
}

const dateOf = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// ---------------------------------------------------------------- framework texts

/** The audit trail's name of each kind of text: its table. */
export const TEXT_ENTITIES: Record<TextKind, string> = {
  end: "End",
  principle: "Principle",
  approach: "Approach",
  keyArea: "KeyArea",
  means: "Means",
};

type TextWrite = { where: { code: string; version: number }; data: ReferenceTextValues & { version: { increment: number } } };

/** The five tables share their text columns; this writes each through its own typed delegate. */
const TEXT_WRITES: Record<TextKind, (tx: Tx, args: TextWrite) => Promise<{ count: number }>> = {
  end: (tx, args) => tx.end.updateMany(args),
  principle: (tx, args) => tx.principle.updateMany(args),
  approach: (tx, args) => tx.approach.updateMany(args),
  keyArea: (tx, args) => tx.keyArea.updateMany(args),
  means: (tx, args) => tx.means.updateMany(args),
};

export async function updateReferenceText(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "reference:edit"); // before reading the input
  const { kind, code, version, ...values } = parseInput(referenceTextSchema, raw);
  const table = TEXT_TABLES[kind];
  const entity = TEXT_ENTITIES[kind];
  return scopedDb(actor).$transaction(async (tx) => {
    const row = await table.find(tx, code);
    if (!row) throw new NotFoundError("text");
    const stale = () => conflict(tx, entity, code, row, textValues(row));
    if (row.version !== version) return stale();
    // The version in the WHERE makes the write itself the check (see lib/data/activities/writes.ts).
    const { count } = await TEXT_WRITES[kind](tx, { where: { code, version }, data: { ...values, version: { increment: 1 } } });
    if (count === 0) {
      const now = await table.find(tx, code);
      if (!now) throw new NotFoundError("text");
      return conflict(tx, entity, code, now, textValues(now));
    }
    await audit(tx, actor, { action: "reference.text.update", entity, entityId: code, before: textValues(row), after: values });
    return { version: version + 1 };
  });
}

// ---------------------------------------------------------------- ASEAN-led frameworks

function frameworkData(values: FrameworkValues) {
  return { ...values, establishedOn: dateOf(values.establishedOn) };
}

/**
 * The checks that need the database: the parent exists and is top-level, a framework with working
 * groups under it stays top-level, and no other framework has the same English or Japanese name
 * (activity and program forms offer frameworks by name: two equal names could not be told apart).
 */
async function vetFramework(tx: Tx, code: string, values: FrameworkValues): Promise<void> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, key: string) => (errors[field] ??= []).push(referenceMsg(key));
  if (values.parentCode) {
    const parent = await tx.framework.findUnique({ where: { code: values.parentCode }, select: { parentCode: true } });
    if (!parent) add("parentCode", "parentUnknown");
    else if (parent.parentCode) add("parentCode", "parentNested");
    else if (await tx.framework.count({ where: { parentCode: code } })) add("parentCode", "hasChildren");
  }
  const others = { code: { not: code } };
  // One after the other: a transaction is one connection, and pg 9 refuses overlapping queries on it.
  const sameEn = await tx.framework.count({ where: { ...others, nameEn: { equals: values.nameEn, mode: "insensitive" } } });
  const sameJa = await tx.framework.count({ where: { ...others, nameJa: { equals: values.nameJa, mode: "insensitive" } } });
  if (sameEn) add("nameEn", "nameTaken");
  if (sameJa) add("nameJa", "nameTaken");
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

const codeTaken = () => new ValidationError({ code: [referenceMsg("codeTaken")] });

export async function createFramework(actor: Actor, raw: unknown): Promise<{ code: string }> {
  assertCan(actor, "reference:edit");
  const { code, ...values } = parseInput(frameworkCreateSchema, raw);
  try {
    return await scopedDb(actor).$transaction(async (tx) => {
      if (await tx.framework.findUnique({ where: { code }, select: { code: true } })) throw codeTaken();
      await vetFramework(tx, code, values);
      await tx.framework.create({ data: { code, ...frameworkData(values) }, select: { code: true } });
      await audit(tx, actor, { action: "reference.framework.create", entity: "Framework", entityId: code, after: { code, ...values } });
      return { code };
    });
  } catch (error) {
    // Two admins creating the same code at once: the primary key decides, and it is still a field error.
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

export async function updateFramework(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "reference:edit");
  const { code, version, ...values } = parseInput(frameworkUpdateSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const row = await findFramework(tx, code);
    if (!row) throw new NotFoundError("framework");
    if (row.version !== version) return conflict(tx, "Framework", code, row, frameworkValues(row));
    await vetFramework(tx, code, values);
    const { count } = await tx.framework.updateMany({
      where: { code, version },
      data: { ...frameworkData(values), version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await findFramework(tx, code);
      if (!now) throw new NotFoundError("framework");
      return conflict(tx, "Framework", code, now, frameworkValues(now));
    }
    await audit(tx, actor, {
      action: "reference.framework.update",
      entity: "Framework",
      entityId: code,
      before: frameworkValues(row),
      after: values,
    });
    return { version: version + 1 };
  });
}

// ---------------------------------------------------------------- partner states

/**
 * A member leaving ASEAN would strand what only a member may have: liaison officers bound to it and
 * bilateral programs with it as partner (user administration and the program editor check both).
 */
async function vetLeavingAsean(tx: Tx, code: string): Promise<void> {
  const officers = await tx.user.count({ where: { stateCode: code } });
  const programs = await tx.program.count({ where: { partnerStateCode: code } });
  if (officers || programs) throw new ValidationError({ isAsean: [referenceMsg("stillBound")] });
}

export async function updatePartnerState(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "reference:edit");
  const { code, version, ...values } = parseInput(partnerStateSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const row = await findState(tx, code);
    if (!row) throw new NotFoundError("state");
    if (row.version !== version) return conflict(tx, "PartnerState", code, row, stateValues(row));
    if (row.isAsean && !values.isAsean) await vetLeavingAsean(tx, code);
    const { count } = await tx.partnerState.updateMany({
      where: { code, version },
      data: { ...values, aseanMemberSince: dateOf(values.aseanMemberSince), version: { increment: 1 } },
    });
    if (count === 0) {
      const now = await findState(tx, code);
      if (!now) throw new NotFoundError("state");
      return conflict(tx, "PartnerState", code, now, stateValues(now));
    }
    await audit(tx, actor, {
      action: "reference.state.update",
      entity: "PartnerState",
      entityId: code,
      before: stateValues(row),
      after: values,
    });
    return { version: version + 1 };
  });
}

// ---------------------------------------------------------------- the admin page
