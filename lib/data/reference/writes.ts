import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { staleVersion } from "@/lib/data/editing";
import { isoDay } from "@/lib/dates";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import {
  TEXT_KINDS,
  frameworkCreateSchema,
  frameworkUpdateSchema,
  partnerStateSchema,
  referenceMsg,
  referenceTextSchema,
  type FrameworkValues,
  type PartnerStateValues,
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

const isoDayOrNull = (date: Date | null) => (date ? isoDay(date) : null);
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

const textSelect = {
  code: true,
  titleEn: true,
  titleJa: true,
  descriptionEn: true,
  descriptionJa: true,
  version: true,
  updatedAt: true,
} as const;

type TextRow = {
  code: string;
  titleEn: string;
  titleJa: string;
  descriptionEn: string;
  descriptionJa: string;
  version: number;
  updatedAt: Date;
};
type TextWrite = { where: { code: string; version: number }; data: ReferenceTextValues & { version: { increment: number } } };

/** The five tables share their text columns; this reaches each through its own typed delegate. */
interface TextTable {
  list(tx: Tx): Promise<TextRow[]>;
  find(tx: Tx, code: string): Promise<TextRow | null>;
  write(tx: Tx, args: TextWrite): Promise<{ count: number }>;
}

const byOrder = { select: textSelect, orderBy: { sortOrder: "asc" } } as const;

const TEXT_TABLES: Record<TextKind, TextTable> = {
  end: {
    list: (tx) => tx.end.findMany(byOrder),
    find: (tx, code) => tx.end.findUnique({ where: { code }, select: textSelect }),
    write: (tx, args) => tx.end.updateMany(args),
  },
  principle: {
    list: (tx) => tx.principle.findMany(byOrder),
    find: (tx, code) => tx.principle.findUnique({ where: { code }, select: textSelect }),
    write: (tx, args) => tx.principle.updateMany(args),
  },
  approach: {
    list: (tx) => tx.approach.findMany(byOrder),
    find: (tx, code) => tx.approach.findUnique({ where: { code }, select: textSelect }),
    write: (tx, args) => tx.approach.updateMany(args),
  },
  keyArea: {
    list: (tx) => tx.keyArea.findMany(byOrder),
    find: (tx, code) => tx.keyArea.findUnique({ where: { code }, select: textSelect }),
    write: (tx, args) => tx.keyArea.updateMany(args),
  },
  means: {
    list: (tx) => tx.means.findMany(byOrder),
    find: (tx, code) => tx.means.findUnique({ where: { code }, select: textSelect }),
    write: (tx, args) => tx.means.updateMany(args),
  },
};

function textValues(row: TextRow): ReferenceTextValues {
  return { titleEn: row.titleEn, titleJa: row.titleJa, descriptionEn: row.descriptionEn, descriptionJa: row.descriptionJa };
}

export const isTextKind = (kind: string): kind is TextKind => (TEXT_KINDS as readonly string[]).includes(kind);

/** One text, for its edit form. */
export async function getReferenceTextForEdit(actor: Actor, kind: string, code: string) {
  assertCan(actor, "reference:edit");
  if (!isTextKind(kind) || !/^[A-Z][A-Z0-9_]{0,31}$/.test(code)) throw new NotFoundError("text");
  const row = await TEXT_TABLES[kind].find(db(), code);
  if (!row) throw new NotFoundError("text");
  return { kind, code: row.code, version: row.version, updatedAt: row.updatedAt, values: textValues(row) };
}

export async function updateReferenceText(actor: Actor, raw: unknown, locale = "en"): Promise<{ version: number }> {
  assertCan(actor, "reference:edit"); // before reading the input
  const { kind, code, version, ...values } = parseInput(referenceTextSchema, raw, locale);
  const table = TEXT_TABLES[kind];
  const entity = TEXT_ENTITIES[kind];
  return db().$transaction(async (tx) => {
    const row = await table.find(tx, code);
    if (!row) throw new NotFoundError("text");
    const stale = () => conflict(tx, entity, code, row, textValues(row));
    if (row.version !== version) return stale();
    // The version in the WHERE makes the write itself the check (see activity-editing.ts).
    const { count } = await table.write(tx, { where: { code, version }, data: { ...values, version: { increment: 1 } } });
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

const frameworkSelect = {
  code: true,
  kind: true,
  nameEn: true,
  nameJa: true,
  descriptionEn: true,
  descriptionJa: true,
  parentCode: true,
  establishedOn: true,
  sortOrder: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.FrameworkSelect;

type FrameworkRow = Prisma.FrameworkGetPayload<{ select: typeof frameworkSelect }>;

function frameworkValues(row: FrameworkRow): FrameworkValues {
  return {
    kind: row.kind,
    nameEn: row.nameEn,
    nameJa: row.nameJa,
    descriptionEn: row.descriptionEn,
    descriptionJa: row.descriptionJa,
    parentCode: row.parentCode,
    establishedOn: isoDayOrNull(row.establishedOn),
    sortOrder: row.sortOrder,
  };
}

function frameworkData(values: FrameworkValues) {
  return { ...values, establishedOn: dateOf(values.establishedOn) };
}

const findFramework = (tx: Tx, code: string) => tx.framework.findUnique({ where: { code }, select: frameworkSelect });

/** The frameworks a framework may work under: the top-level ones (the hierarchy is two levels deep). */
export async function listFrameworkParents(actor: Actor) {
  assertCan(actor, "reference:edit");
  return db().framework.findMany({
    where: { parentCode: null },
    select: { code: true, nameEn: true, nameJa: true },
    orderBy: { sortOrder: "asc" },
  });
}

/** What a new framework's form starts with: the next place in the lists. */
export async function getNewFrameworkDefaults(actor: Actor): Promise<{ sortOrder: number }> {
  assertCan(actor, "reference:edit");
  const { _max } = await db().framework.aggregate({ _max: { sortOrder: true } });
  return { sortOrder: (_max.sortOrder ?? 0) + 1 };
}

/** One framework, for its edit form; whether it has working groups under it (then it takes no parent). */
export async function getFrameworkForEdit(actor: Actor, code: string) {
  assertCan(actor, "reference:edit");
  if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(code)) throw new NotFoundError("framework");
  const row = await db().framework.findUnique({ where: { code }, select: { ...frameworkSelect, _count: { select: { children: true } } } });
  if (!row) throw new NotFoundError("framework");
  return {
    code: row.code,
    version: row.version,
    updatedAt: row.updatedAt,
    hasChildren: row._count.children > 0,
    values: frameworkValues(row),
  };
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

export async function createFramework(actor: Actor, raw: unknown, locale = "en"): Promise<{ code: string }> {
  assertCan(actor, "reference:edit");
  const { code, ...values } = parseInput(frameworkCreateSchema, raw, locale);
  try {
    return await db().$transaction(async (tx) => {
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

export async function updateFramework(actor: Actor, raw: unknown, locale = "en"): Promise<{ version: number }> {
  assertCan(actor, "reference:edit");
  const { code, version, ...values } = parseInput(frameworkUpdateSchema, raw, locale);
  return db().$transaction(async (tx) => {
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

const stateSelect = {
  code: true,
  iso3: true,
  nameEn: true,
  nameJa: true,
  isAsean: true,
  aseanMemberSince: true,
  admmPlus: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.PartnerStateSelect;

type StateRow = Prisma.PartnerStateGetPayload<{ select: typeof stateSelect }>;

function stateValues(row: StateRow): PartnerStateValues {
  return {
    nameEn: row.nameEn,
    nameJa: row.nameJa,
    isAsean: row.isAsean,
    aseanMemberSince: isoDayOrNull(row.aseanMemberSince),
    admmPlus: row.admmPlus,
  };
}

const findState = (tx: Tx, code: string) => tx.partnerState.findUnique({ where: { code }, select: stateSelect });

/** One state, for its edit form. */
export async function getStateForEdit(actor: Actor, code: string) {
  assertCan(actor, "reference:edit");
  if (!/^[A-Za-z]{2}$/.test(code)) throw new NotFoundError("state");
  const row = await findState(db(), code.toUpperCase());
  if (!row) throw new NotFoundError("state");
  return { code: row.code, iso3: row.iso3, version: row.version, updatedAt: row.updatedAt, values: stateValues(row) };
}

/**
 * A member leaving ASEAN would strand what only a member may have: liaison officers bound to it and
 * bilateral programs with it as partner (user administration and the program editor check both).
 */
async function vetLeavingAsean(tx: Tx, code: string): Promise<void> {
  const officers = await tx.user.count({ where: { stateCode: code } });
  const programs = await tx.program.count({ where: { partnerStateCode: code } });
  if (officers || programs) throw new ValidationError({ isAsean: [referenceMsg("stillBound")] });
}

export async function updatePartnerState(actor: Actor, raw: unknown, locale = "en"): Promise<{ version: number }> {
  assertCan(actor, "reference:edit");
  const { code, version, ...values } = parseInput(partnerStateSchema, raw, locale);
  return db().$transaction(async (tx) => {
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

/** Everything the reference data page lists, in the order the portal shows it. */
export async function listReferenceData(actor: Actor) {
  assertCan(actor, "reference:edit");
  const client = db();
  const [ends, principles, approaches, keyAreas, means, frameworks, states] = await Promise.all([
    TEXT_TABLES.end.list(client),
    TEXT_TABLES.principle.list(client),
    TEXT_TABLES.approach.list(client),
    TEXT_TABLES.keyArea.list(client),
    TEXT_TABLES.means.list(client),
    client.framework.findMany({ select: frameworkSelect, orderBy: { sortOrder: "asc" } }),
    client.partnerState.findMany({ select: stateSelect, orderBy: { sortOrder: "asc" } }),
  ]);
  return {
    texts: { end: ends, principle: principles, approach: approaches, keyArea: keyAreas, means } satisfies Record<TextKind, TextRow[]>,
    frameworks,
    states,
  };
}
