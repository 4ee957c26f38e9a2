import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/tx";
import { isoDay } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import {
  TEXT_KINDS,
  type FrameworkValues,
  type PartnerStateValues,
  type ReferenceTextValues,
  type TextKind,
} from "@/lib/validation/reference";

export const isoDayOrNull = (date: Date | null) => (date ? isoDay(date) : null);

export const textSelect = {
  code: true,
  titleEn: true,
  titleJa: true,
  descriptionEn: true,
  descriptionJa: true,
  version: true,
  updatedAt: true,
} as const;

export type TextRow = {
  code: string;
  titleEn: string;
  titleJa: string;
  descriptionEn: string;
  descriptionJa: string;
  version: number;
  updatedAt: Date;
};

/** The five tables share their text columns; this reads each through its own typed delegate. */
export interface TextTable {
  list(tx: Tx): Promise<TextRow[]>;
  find(tx: Tx, code: string): Promise<TextRow | null>;
}

const byOrder = { select: textSelect, orderBy: { sortOrder: "asc" } } as const;

export const TEXT_TABLES: Record<TextKind, TextTable> = {
  end: {
    list: (tx) => tx.end.findMany(byOrder),
    find: (tx, code) => tx.end.findUnique({ where: { code }, select: textSelect }),
  },
  principle: {
    list: (tx) => tx.principle.findMany(byOrder),
    find: (tx, code) => tx.principle.findUnique({ where: { code }, select: textSelect }),
  },
  approach: {
    list: (tx) => tx.approach.findMany(byOrder),
    find: (tx, code) => tx.approach.findUnique({ where: { code }, select: textSelect }),
  },
  keyArea: {
    list: (tx) => tx.keyArea.findMany(byOrder),
    find: (tx, code) => tx.keyArea.findUnique({ where: { code }, select: textSelect }),
  },
  means: {
    list: (tx) => tx.means.findMany(byOrder),
    find: (tx, code) => tx.means.findUnique({ where: { code }, select: textSelect }),
  },
};

export function textValues(row: TextRow): ReferenceTextValues {
  return { titleEn: row.titleEn, titleJa: row.titleJa, descriptionEn: row.descriptionEn, descriptionJa: row.descriptionJa };
}

export const isTextKind = (kind: string): kind is TextKind => (TEXT_KINDS as readonly string[]).includes(kind);

/** One text, for its edit form. */
export async function getReferenceTextForEdit(actor: Actor, kind: string, code: string) {
  assertCan(actor, "reference:edit");
  if (!isTextKind(kind) || !/^[A-Z][A-Z0-9_]{0,31}$/.test(code)) throw new NotFoundError("text");
  const row = await TEXT_TABLES[kind].find(scopedDb(actor), code);
  if (!row) throw new NotFoundError("text");
  return { kind, code: row.code, version: row.version, updatedAt: row.updatedAt, values: textValues(row) };
}

export const frameworkSelect = {
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

export type FrameworkRow = Prisma.FrameworkGetPayload<{ select: typeof frameworkSelect }>;

export function frameworkValues(row: FrameworkRow): FrameworkValues {
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

export const findFramework = (tx: Tx, code: string) => tx.framework.findUnique({ where: { code }, select: frameworkSelect });

/** The frameworks a framework may work under: the top-level ones (the hierarchy is two levels deep). */
export async function listFrameworkParents(actor: Actor) {
  assertCan(actor, "reference:edit");
  return scopedDb(actor).framework.findMany({
    where: { parentCode: null },
    select: { code: true, nameEn: true, nameJa: true },
    orderBy: { sortOrder: "asc" },
  });
}

/** What a new framework's form starts with: the next place in the lists. */
export async function getNewFrameworkDefaults(actor: Actor): Promise<{ sortOrder: number }> {
  assertCan(actor, "reference:edit");
  const { _max } = await scopedDb(actor).framework.aggregate({ _max: { sortOrder: true } });
  return { sortOrder: (_max.sortOrder ?? 0) + 1 };
}

/** One framework, for its edit form; whether it has working groups under it (then it takes no parent). */
export async function getFrameworkForEdit(actor: Actor, code: string) {
  assertCan(actor, "reference:edit");
  if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(code)) throw new NotFoundError("framework");
  const row = await scopedDb(actor).framework.findUnique({
    where: { code },
    select: { ...frameworkSelect, _count: { select: { children: true } } },
  });
  if (!row) throw new NotFoundError("framework");
  return {
    code: row.code,
    version: row.version,
    updatedAt: row.updatedAt,
    hasChildren: row._count.children > 0,
    values: frameworkValues(row),
  };
}

export const stateSelect = {
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

export type StateRow = Prisma.PartnerStateGetPayload<{ select: typeof stateSelect }>;

export function stateValues(row: StateRow): PartnerStateValues {
  return {
    nameEn: row.nameEn,
    nameJa: row.nameJa,
    isAsean: row.isAsean,
    aseanMemberSince: isoDayOrNull(row.aseanMemberSince),
    admmPlus: row.admmPlus,
  };
}

export const findState = (tx: Tx, code: string) => tx.partnerState.findUnique({ where: { code }, select: stateSelect });

/** One state, for its edit form. */
export async function getStateForEdit(actor: Actor, code: string) {
  assertCan(actor, "reference:edit");
  if (!/^[A-Za-z]{2}$/.test(code)) throw new NotFoundError("state");
  const row = await findState(scopedDb(actor), code.toUpperCase());
  if (!row) throw new NotFoundError("state");
  return { code: row.code, iso3: row.iso3, version: row.version, updatedAt: row.updatedAt, values: stateValues(row) };
}

/** Everything the reference data page lists, in the order the portal shows it. */
export async function listReferenceData(actor: Actor) {
  assertCan(actor, "reference:edit");
  const client = scopedDb(actor);
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
