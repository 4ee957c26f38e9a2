// Writes seed records idempotently. By default a record that already exists is left exactly as it is
// (an administrator's or planner's later edits survive a re-run, and no version is bumped); only
// missing records are created. With `refresh`, existing seeded records are rewritten to the seed's
// content (their join rows replaced, their version bumped), except users' passwords.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/security/password";
import { fiscalYearOf } from "@/lib/fiscal-year";
import type { FrameworkElementSeed } from "./framework";
import type { FrameworkSeed } from "./frameworks";
import type { StateSeed } from "./states";
import type { ActivitySeed, CommentSeed, NeedSeed, PlanSeed, ProgramSeed, UserSeed } from "./types";
import { day } from "./types";

export interface StepResult {
  label: string;
  created: number;
  updated: number;
  kept: number;
}

const CHUNK = 8;

/** The first item alone (Prisma compiles and caches the query plan), then the rest in parallel. */
async function inChunks<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  const [first, ...rest] = items;
  if (first === undefined) return;
  await fn(first);
  for (let i = 0; i < rest.length; i += CHUNK) await Promise.all(rest.slice(i, i + CHUNK).map(fn));
}

const codes = (list: string[]) => list.map((code) => ({ code }));
const ids = (list: string[]) => list.map((id) => ({ id }));

function assertUnique(label: string, keys: string[]): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new Error(`Seed bug: duplicate ${label} ${key}`);
    seen.add(key);
  }
}

/** Shared create-missing / refresh-changed logic for flat reference rows keyed by code. */
async function syncByCode<Row extends { code: string }>(args: {
  label: string;
  rows: Row[];
  existing: () => Promise<Row[]>;
  createMany: (rows: Row[]) => Promise<unknown>;
  update: (row: Row) => Promise<unknown>;
  refresh: boolean;
}): Promise<StepResult> {
  assertUnique(
    args.label,
    args.rows.map((r) => r.code),
  );
  const existing = new Map((await args.existing()).map((r) => [r.code, r]));
  const missing = args.rows.filter((r) => !existing.has(r.code));
  if (missing.length > 0) await args.createMany(missing);
  let updated = 0;
  if (args.refresh) {
    for (const row of args.rows) {
      const current = existing.get(row.code);
      if (current && !sameValues(row, current)) {
        await args.update(row);
        updated++;
      }
    }
  }
  return { label: args.label, created: missing.length, updated, kept: args.rows.length - missing.length - updated };
}

function sameValues(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  return Object.keys(left).every((key) => {
    const x = left[key];
    const y = right[key];
    if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
    return x === y;
  });
}

// ---------------------------------------------------------------- reference data

const ELEMENT_SELECT = {
  code: true,
  titleEn: true,
  titleJa: true,
  descriptionEn: true,
  descriptionJa: true,
  sortOrder: true,
} as const;

export async function writeFrameworkElements(
  prisma: PrismaClient,
  data: {
    ends: FrameworkElementSeed[];
    principles: FrameworkElementSeed[];
    approaches: FrameworkElementSeed[];
    keyAreas: FrameworkElementSeed[];
    means: FrameworkElementSeed[];
  },
  refresh: boolean,
): Promise<StepResult[]> {
  const bump = { version: { increment: 1 } } as const;
  return [
    await syncByCode({
      label: "End",
      rows: data.ends,
      refresh,
      existing: () => prisma.end.findMany({ select: ELEMENT_SELECT }),
      createMany: (rows) => prisma.end.createMany({ data: rows }),
      update: ({ code, ...row }) => prisma.end.update({ where: { code }, data: { ...row, ...bump } }),
    }),
    await syncByCode({
      label: "Principle",
      rows: data.principles,
      refresh,
      existing: () => prisma.principle.findMany({ select: ELEMENT_SELECT }),
      createMany: (rows) => prisma.principle.createMany({ data: rows }),
      update: ({ code, ...row }) => prisma.principle.update({ where: { code }, data: { ...row, ...bump } }),
    }),
    await syncByCode({
      label: "Approach",
      rows: data.approaches,
      refresh,
      existing: () => prisma.approach.findMany({ select: ELEMENT_SELECT }),
      createMany: (rows) => prisma.approach.createMany({ data: rows }),
      update: ({ code, ...row }) => prisma.approach.update({ where: { code }, data: { ...row, ...bump } }),
    }),
    await syncByCode({
      label: "KeyArea",
      rows: data.keyAreas,
      refresh,
      existing: () => prisma.keyArea.findMany({ select: ELEMENT_SELECT }),
      createMany: (rows) => prisma.keyArea.createMany({ data: rows }),
      update: ({ code, ...row }) => prisma.keyArea.update({ where: { code }, data: { ...row, ...bump } }),
    }),
    await syncByCode({
      label: "Means",
      rows: data.means,
      refresh,
      existing: () => prisma.means.findMany({ select: ELEMENT_SELECT }),
      createMany: (rows) => prisma.means.createMany({ data: rows }),
      update: ({ code, ...row }) => prisma.means.update({ where: { code }, data: { ...row, ...bump } }),
    }),
  ];
}

export async function writeFrameworks(prisma: PrismaClient, frameworks: FrameworkSeed[], refresh: boolean): Promise<StepResult> {
  const rows = frameworks.map((f) => ({ ...f, establishedOn: f.establishedOn ? day(f.establishedOn) : null }));
  return syncByCode({
    label: "Framework",
    rows,
    refresh,
    existing: () =>
      prisma.framework.findMany({
        select: {
          code: true,
          kind: true,
          nameEn: true,
          nameJa: true,
          descriptionEn: true,
          descriptionJa: true,
          parentCode: true,
          establishedOn: true,
          sortOrder: true,
        },
      }),
    // Parents first: a child's parentCode must exist when it is inserted.
    createMany: async (missing) => {
      await prisma.framework.createMany({ data: missing.filter((f) => f.parentCode === null) });
      await prisma.framework.createMany({ data: missing.filter((f) => f.parentCode !== null) });
    },
    update: ({ code, ...row }) => prisma.framework.update({ where: { code }, data: { ...row, version: { increment: 1 } } }),
  });
}

export async function writeStates(prisma: PrismaClient, states: StateSeed[], refresh: boolean): Promise<StepResult> {
  const rows = states.map((s) => ({ ...s, aseanMemberSince: s.aseanMemberSince ? day(s.aseanMemberSince) : null }));
  return syncByCode({
    label: "PartnerState",
    rows,
    refresh,
    existing: () =>
      prisma.partnerState.findMany({
        select: {
          code: true,
          iso3: true,
          nameEn: true,
          nameJa: true,
          isAsean: true,
          aseanMemberSince: true,
          admmPlus: true,
          sortOrder: true,
        },
      }),
    createMany: (missing) => prisma.partnerState.createMany({ data: missing }),
    update: ({ code, ...row }) => prisma.partnerState.update({ where: { code }, data: { ...row, version: { increment: 1 } } }),
  });
}

// ---------------------------------------------------------------- records with relations

/** Creates the records whose id is missing; with refresh, rewrites the others. */
async function syncById<T extends { id: string }>(args: {
  label: string;
  items: T[];
  existingIds: (ids: string[]) => Promise<{ id: string }[]>;
  create: (item: T) => Promise<unknown>;
  update: (item: T) => Promise<unknown>;
  refresh: boolean;
  /** Whether a record references another one of the same batch (a plan revision its predecessor). */
  after?: (item: T) => boolean;
}): Promise<StepResult> {
  assertUnique(
    args.label,
    args.items.map((i) => i.id),
  );
  const existing = new Set((await args.existingIds(args.items.map((i) => i.id))).map((r) => r.id));
  const missing = args.items.filter((i) => !existing.has(i.id));
  const present = args.items.filter((i) => existing.has(i.id));
  const run = async (items: T[], fn: (item: T) => Promise<unknown>) => {
    if (!args.after) return inChunks(items, fn);
    // Records that reference another record of the same batch wait for the others.
    const after = args.after;
    await inChunks(
      items.filter((i) => !after(i)),
      fn,
    );
    await inChunks(
      items.filter((i) => after(i)),
      fn,
    );
  };
  if (args.refresh) await run(present, args.update);
  await run(missing, args.create);
  return {
    label: args.label,
    created: missing.length,
    updated: args.refresh ? present.length : 0,
    kept: args.refresh ? 0 : present.length,
  };
}

export async function writePrograms(prisma: PrismaClient, programs: ProgramSeed[], refresh: boolean): Promise<StepResult> {
  const scalars = (p: ProgramSeed) => ({
    kind: p.kind,
    nameEn: p.nameEn,
    nameJa: p.nameJa,
    descriptionEn: p.descriptionEn,
    descriptionJa: p.descriptionJa,
    partnerStateCode: p.partnerStateCode,
    illustrative: p.illustrative,
    source: p.source,
  });
  return syncById({
    label: "Program",
    items: programs,
    refresh,
    existingIds: (list) => prisma.program.findMany({ where: { id: { in: list } }, select: { id: true } }),
    create: (p) =>
      prisma.program.create({
        data: {
          id: p.id,
          ...scalars(p),
          partnerStates: { connect: codes(p.partnerStates) },
          ends: { connect: codes(p.ends) },
          approaches: { connect: codes(p.approaches) },
          keyAreas: { connect: codes(p.keyAreas) },
          means: { connect: codes(p.means) },
          frameworks: { connect: codes(p.frameworks) },
        },
        select: { id: true },
      }),
    update: (p) =>
      prisma.program.update({
        where: { id: p.id },
        data: {
          ...scalars(p),
          partnerStates: { set: codes(p.partnerStates) },
          ends: { set: codes(p.ends) },
          approaches: { set: codes(p.approaches) },
          keyAreas: { set: codes(p.keyAreas) },
          means: { set: codes(p.means) },
          frameworks: { set: codes(p.frameworks) },
          version: { increment: 1 },
        },
        select: { id: true },
      }),
  });
}

/** Creates missing users (hashing only their passwords); returns every seeded user's id by email. */
export async function writeUsers(
  prisma: PrismaClient,
  users: UserSeed[],
  password: string,
  refresh: boolean,
): Promise<{ result: StepResult; idByEmail: Map<string, string> }> {
  assertUnique(
    "User",
    users.map((u) => u.email),
  );
  const existing = await prisma.user.findMany({
    where: { email: { in: users.map((u) => u.email) } },
    select: { id: true, email: true, name: true, role: true, stateCode: true },
  });
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  const missing = users.filter((u) => !byEmail.has(u.email));
  let updated = 0;
  if (missing.length > 0) {
    const data = await Promise.all(missing.map(async (u) => ({ ...u, passwordHash: await hashPassword(password) })));
    await prisma.user.createMany({ data });
  }
  if (refresh) {
    for (const user of users) {
      const current = byEmail.get(user.email);
      if (current && !sameValues(user, current)) {
        await prisma.user.update({
          where: { email: user.email },
          data: { name: user.name, role: user.role, stateCode: user.stateCode, version: { increment: 1 } },
        });
        updated++;
      }
    }
  }
  const all = await prisma.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { id: true, email: true } });
  return {
    result: { label: "User", created: missing.length, updated, kept: users.length - missing.length - updated },
    idByEmail: new Map(all.map((u) => [u.email, u.id])),
  };
}

function userId(idByEmail: Map<string, string>, email: string): string {
  const id = idByEmail.get(email);
  if (!id) throw new Error(`Seed bug: no user ${email}`);
  return id;
}

export async function writePlans(
  prisma: PrismaClient,
  plans: PlanSeed[],
  idByEmail: Map<string, string>,
  refresh: boolean,
): Promise<StepResult> {
  const scalars = (p: PlanSeed) => ({
    programId: p.programId,
    title: p.title,
    firstFiscalYear: p.firstFiscalYear,
    lastFiscalYear: p.lastFiscalYear,
    status: p.status,
    revision: p.revision,
    supersedesId: p.supersedesId,
    summary: p.summary,
    sustainment: p.sustainment,
    authorId: userId(idByEmail, p.authorEmail),
    approvedById: p.approverEmail ? userId(idByEmail, p.approverEmail) : null,
    sharedAt: p.sharedAt,
    submittedAt: p.submittedAt,
    approvedAt: p.approvedAt,
    returnReason: p.returnReason,
    illustrative: p.illustrative,
    createdAt: p.createdAt,
  });
  const years = (p: PlanSeed) =>
    p.years.map((y) => {
      const yearId = `${p.id}-fy${y.fiscalYear}`;
      return {
        id: yearId,
        fiscalYear: y.fiscalYear,
        objectives: {
          createMany: { data: y.objectives.map((text, i) => ({ id: `${yearId}-objective-${i + 1}`, text, position: i + 1 })) },
        },
        milestones: { createMany: { data: y.milestones.map((m, i) => ({ id: `${yearId}-milestone-${i + 1}`, ...m })) } },
        budgetLines: { createMany: { data: y.budget.map((b, i) => ({ id: `${yearId}-budget-${i + 1}`, ...b })) } },
      };
    });
  const consultations = (p: PlanSeed) => p.consultations.map((c) => ({ ...c, createdAt: c.heldOn }));
  return syncById({
    label: "ProgramPlan",
    items: plans,
    refresh,
    after: (p) => p.supersedesId !== null,
    existingIds: (list) => prisma.programPlan.findMany({ where: { id: { in: list } }, select: { id: true } }),
    create: (p) =>
      prisma.programPlan.create({
        data: {
          id: p.id,
          ...scalars(p),
          sharedWith: { connect: codes(p.sharedWith) },
          years: { create: years(p) },
          consultations: { createMany: { data: consultations(p) } },
        },
        select: { id: true },
      }),
    update: (p) =>
      prisma.programPlan.update({
        where: { id: p.id },
        data: {
          ...scalars(p),
          sharedWith: { set: codes(p.sharedWith) },
          years: { deleteMany: {}, create: years(p) },
          consultations: { deleteMany: {}, createMany: { data: consultations(p) } },
          version: { increment: 1 },
        },
        select: { id: true },
      }),
  });
}

export async function writeActivities(prisma: PrismaClient, activities: ActivitySeed[], refresh: boolean): Promise<StepResult> {
  for (const a of activities) {
    if (a.endDate < a.startDate) throw new Error(`Seed bug: activity ${a.id} ends before it starts`);
  }
  const scalars = (a: ActivitySeed) => ({
    programId: a.programId,
    planId: a.planId,
    kind: a.kind,
    title: a.title,
    titleJa: a.titleJa,
    description: a.description,
    startDate: a.startDate,
    endDate: a.endDate,
    fiscalYear: fiscalYearOf(a.startDate),
    location: a.location,
    hostStateCode: a.hostStateCode,
    frameworkCode: a.frameworkCode,
    status: a.status,
    outcomes: a.outcomes,
    illustrative: a.illustrative,
    source: a.source,
  });
  const consultations = (a: ActivitySeed) => a.consultations.map((c) => ({ ...c, createdAt: c.heldOn }));
  return syncById({
    label: "Activity",
    items: activities,
    refresh,
    existingIds: (list) => prisma.activity.findMany({ where: { id: { in: list } }, select: { id: true } }),
    create: (a) =>
      prisma.activity.create({
        data: {
          id: a.id,
          ...scalars(a),
          means: { connect: codes(a.means) },
          keyAreas: { connect: codes(a.keyAreas) },
          participants: { createMany: { data: a.participants } },
          nonInvitations: { createMany: { data: a.nonInvitations } },
          consultations: { createMany: { data: consultations(a) } },
        },
        select: { id: true },
      }),
    update: (a) =>
      prisma.activity.update({
        where: { id: a.id },
        data: {
          ...scalars(a),
          means: { set: codes(a.means) },
          keyAreas: { set: codes(a.keyAreas) },
          participants: { deleteMany: {}, createMany: { data: a.participants } },
          nonInvitations: { deleteMany: {}, createMany: { data: a.nonInvitations } },
          consultations: { deleteMany: {}, createMany: { data: consultations(a) } },
          version: { increment: 1 },
        },
        select: { id: true },
      }),
  });
}

export async function writeNeeds(
  prisma: PrismaClient,
  needs: NeedSeed[],
  idByEmail: Map<string, string>,
  refresh: boolean,
): Promise<StepResult> {
  const scalars = (n: NeedSeed) => ({
    stateCode: n.stateCode,
    title: n.title,
    description: n.description,
    keyAreaCode: n.keyAreaCode,
    priority: n.priority,
    status: n.status,
    declineReason: n.declineReason,
    submittedById: n.submittedByEmail ? userId(idByEmail, n.submittedByEmail) : null,
    illustrative: n.illustrative,
    createdAt: n.createdAt,
  });
  return syncById({
    label: "PartnerNeed",
    items: needs,
    refresh,
    existingIds: (list) => prisma.partnerNeed.findMany({ where: { id: { in: list } }, select: { id: true } }),
    create: (n) =>
      prisma.partnerNeed.create({
        data: { id: n.id, ...scalars(n), plans: { connect: ids(n.planIds) }, activities: { connect: ids(n.activityIds) } },
        select: { id: true },
      }),
    update: (n) =>
      prisma.partnerNeed.update({
        where: { id: n.id },
        data: {
          ...scalars(n),
          plans: { set: ids(n.planIds) },
          activities: { set: ids(n.activityIds) },
          version: { increment: 1 },
        },
        select: { id: true },
      }),
  });
}

export async function writeComments(
  prisma: PrismaClient,
  comments: CommentSeed[],
  idByEmail: Map<string, string>,
  refresh: boolean,
): Promise<StepResult> {
  const row = (c: CommentSeed) => ({
    planId: c.planId,
    authorId: userId(idByEmail, c.authorEmail),
    body: c.body,
    createdAt: c.createdAt,
  });
  const result = await syncById({
    label: "PlanComment",
    items: comments,
    refresh,
    existingIds: (list) => prisma.planComment.findMany({ where: { id: { in: list } }, select: { id: true } }),
    create: (c) => prisma.planComment.create({ data: { id: c.id, ...row(c) }, select: { id: true } }),
    update: (c) => prisma.planComment.update({ where: { id: c.id }, data: row(c), select: { id: true } }),
  });
  // Whoever commented follows the plan and has seen its thread up to their last comment, as the
  // portal records it for a comment written in the browser. A user's later choice is kept.
  const latest = new Map<string, { userId: string; planId: string; commentsSeenAt: Date }>();
  for (const c of comments) {
    const key = `${c.authorEmail} ${c.planId}`;
    const seen = latest.get(key);
    if (!seen || seen.commentsSeenAt < c.createdAt)
      latest.set(key, { userId: userId(idByEmail, c.authorEmail), planId: c.planId, commentsSeenAt: c.createdAt });
  }
  await prisma.planWatch.createMany({ data: [...latest.values()].map((watch) => ({ ...watch, following: true })), skipDuplicates: true });
  return result;
}
