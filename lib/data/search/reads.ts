import "server-only";
// The portal-wide search: programs, plans, activities, needs and plan comments that contain every
// term of the query, in the reader's scope, one statement per kind. Each kind's searchable text has
// a GIN index over its character bigrams (migration 20261208020000_search); `@>` on the terms'
// bigrams narrows the candidates through it, and a LIKE on the same normalised text (search_norm)
// confirms each. Ranked: a match in the title first, then the most recent. The texts come back
// cut into highlighted segments (lib/search.ts), never as markup.
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { activityScopeSql, needScopeSql, planCommentScopeSql, planScopeSql, programScopeSql } from "@/lib/data/scope";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import type { Locale } from "@/i18n/locales";
import {
  containsPattern,
  highlight,
  SEARCH_KIND_LIMIT,
  SEARCH_KINDS,
  SEARCH_LIMIT,
  searchTerms,
  type SearchKind,
  type Segment,
} from "@/lib/search";

/** The longest excerpt of a description, outcome or comment shown under a result, in characters. */
const EXCERPT = 160;

export interface SearchHit {
  id: string;
  href: string;
  title: Segment[];
  /** The title in the other language, when the record has one. */
  alt?: Segment[];
  /** Around the first match in the record's longer texts (or their start, when the title matched). */
  excerpt?: Segment[];
  /** A date to show beside it (an activity's start, a need's or a comment's creation). */
  date?: Date;
  /** The record's status (a program's kind): its enum code, which the page names. */
  status?: string;
  /** A need's state, a comment's author. */
  note?: string;
}

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchHit[];
}

export interface SearchResult {
  terms: string[];
  /** A term of one character was left out (the index holds pairs of characters). */
  tooShort: boolean;
  groups: SearchGroup[];
}

// The searchable text of each kind, exactly as its index expression in the migration spells it:
// the planner uses the index only for the same expression.
const DOC = {
  activities: Prisma.sql`(a.title || ' ' || coalesce(a."titleJa", '') || ' ' || a.description || ' ' || a.outcomes || ' ' || a.location)`,
  programs: Prisma.sql`(g."nameEn" || ' ' || g."nameJa" || ' ' || g."descriptionEn" || ' ' || g."descriptionJa")`,
  plans: Prisma.sql`(p.title || ' ' || p.summary || ' ' || p.sustainment)`,
  needs: Prisma.sql`(n.title || ' ' || n.description)`,
  comments: Prisma.sql`(c.body)`,
} satisfies Record<SearchKind, Prisma.Sql>;

/**
 * The record's text holds every term: through the bigram index, then confirmed by LIKE (for a term of
 * two characters, its one bigram is the term: no LIKE needed).
 */
function matches(doc: Prisma.Sql, terms: string[]): Prisma.Sql {
  const likes = terms.filter((t) => [...t].length > 2).map((t) => Prisma.sql` AND search_norm(${doc}) LIKE ${containsPattern(t)}`);
  return Prisma.sql`search_bigrams(${doc}) @> search_bigrams(${terms.join(" ")})${likes.length ? Prisma.join(likes, "") : Prisma.empty}`;
}

/** Every term is in one of the titles: what ranks a record first. */
function inTitle(titles: Prisma.Sql[], terms: string[]): Prisma.Sql {
  const all = Prisma.join(titles, ` || ' ' || `);
  return Prisma.join(
    terms.map((t) => Prisma.sql`search_norm(${all}) LIKE ${containsPattern(t)}`),
    " AND ",
  );
}

type Row<T> = T & { total: bigint };

async function activities(actor: Actor, terms: string[], limit: number) {
  const a = Prisma.raw("a");
  // scope: activityScopeSql (the reader's state takes part), bound below.
  return sqlScopedDb(actor, "activityScopeSql").$queryRaw<
    Row<{
      id: string;
      title: string;
      titleJa: string | null;
      description: string;
      outcomes: string;
      location: string;
      startDate: Date;
      status: string;
      inTitle: boolean;
    }>[]
  >`
    SELECT id, title, "titleJa", description, outcomes, location, "startDate", status, "inTitle", count(*) OVER () AS total
    FROM (SELECT a.id, a.title, a."titleJa", a.description, a.outcomes, a.location, a."startDate", a.status::text AS status,
            ${inTitle([Prisma.sql`a.title`, Prisma.sql`coalesce(a."titleJa", '')`], terms)} AS "inTitle"
          FROM "Activity" a WHERE ${matches(DOC.activities, terms)} ${activityScopeSql(actor, a)}) h
    ORDER BY "inTitle" DESC, "startDate" DESC, id LIMIT ${limit}`;
}

async function programs(actor: Actor, terms: string[], limit: number) {
  const g = Prisma.raw("g");
  // scope: programScopeSql (a program of the reader's state, or met through an activity or a plan), bound below.
  return sqlScopedDb(actor, "programScopeSql").$queryRaw<
    Row<{ id: string; nameEn: string; nameJa: string; descriptionEn: string; descriptionJa: string; kind: string; inTitle: boolean }>[]
  >`
    SELECT id, "nameEn", "nameJa", "descriptionEn", "descriptionJa", kind, "inTitle", count(*) OVER () AS total
    FROM (SELECT g.id, g."nameEn", g."nameJa", g."descriptionEn", g."descriptionJa", g.kind::text AS kind, g."updatedAt",
            ${inTitle([Prisma.sql`g."nameEn"`, Prisma.sql`g."nameJa"`], terms)} AS "inTitle"
          FROM "Program" g WHERE ${matches(DOC.programs, terms)} ${programScopeSql(actor, g)}) h
    ORDER BY "inTitle" DESC, "updatedAt" DESC, id LIMIT ${limit}`;
}

async function plans(actor: Actor, terms: string[], limit: number) {
  const p = Prisma.raw("p");
  // scope: planScopeSql (shared with the reader's state, not back in draft), bound below.
  return sqlScopedDb(actor, "planScopeSql").$queryRaw<
    Row<{
      id: string;
      title: string;
      summary: string;
      sustainment: string;
      status: string;
      firstFiscalYear: number;
      lastFiscalYear: number;
      inTitle: boolean;
    }>[]
  >`
    SELECT id, title, summary, sustainment, status, "firstFiscalYear", "lastFiscalYear", "inTitle", count(*) OVER () AS total
    FROM (SELECT p.id, p.title, p.summary, p.sustainment, p.status::text AS status, p."firstFiscalYear", p."lastFiscalYear",
            ${inTitle([Prisma.sql`p.title`], terms)} AS "inTitle"
          FROM "ProgramPlan" p WHERE ${matches(DOC.plans, terms)} ${planScopeSql(actor, p)}) h
    ORDER BY "inTitle" DESC, "firstFiscalYear" DESC, id LIMIT ${limit}`;
}

async function needs(actor: Actor, terms: string[], limit: number) {
  const n = Prisma.raw("n");
  // scope: needScopeSql (the reader's own state's needs), bound below.
  return sqlScopedDb(actor, "needScopeSql").$queryRaw<
    Row<{ id: string; title: string; description: string; stateCode: string; status: string; createdAt: Date; inTitle: boolean }>[]
  >`
    SELECT id, title, description, "stateCode", status, "createdAt", "inTitle", count(*) OVER () AS total
    FROM (SELECT n.id, n.title, n.description, n."stateCode", n.status::text AS status, n."createdAt",
            ${inTitle([Prisma.sql`n.title`], terms)} AS "inTitle"
          FROM "PartnerNeed" n WHERE ${matches(DOC.needs, terms)} ${needScopeSql(actor, n)}) h
    ORDER BY "inTitle" DESC, "createdAt" DESC, id LIMIT ${limit}`;
}

async function comments(actor: Actor, terms: string[], limit: number) {
  const [p, u] = [Prisma.raw("p"), Prisma.raw("u")];
  // scope: the comment's plan in planScopeSql and its author in planCommentScopeSql, bound below.
  return sqlScopedDb(actor, "planScopeSql and planCommentScopeSql").$queryRaw<
    Row<{ id: string; body: string; createdAt: Date; planId: string; planTitle: string; author: string }>[]
  >`
    SELECT c.id, c.body, c."createdAt", p.id AS "planId", p.title AS "planTitle", u.name AS author, count(*) OVER () AS total
    FROM "PlanComment" c JOIN "ProgramPlan" p ON p.id = c."planId" JOIN "User" u ON u.id = c."authorId"
    WHERE ${matches(DOC.comments, terms)} ${planScopeSql(actor, p)} ${planCommentScopeSql(actor, u)}
    ORDER BY c."createdAt" DESC, c.id LIMIT ${limit}`;
}

/** The first of the texts that holds a match, excerpted; else the first that is not empty. */
function excerptOf(texts: (string | null | undefined)[], terms: string[]): Segment[] | undefined {
  const present = texts.filter((t): t is string => !!t);
  const hit = present.map((t) => highlight(t, terms, EXCERPT)).find((s) => s.some((x) => x.match));
  return hit ?? (present[0] ? highlight(present[0], terms, EXCERPT) : undefined);
}

const total = (rows: { total: bigint }[]) => Number(rows[0]?.total ?? 0);

/**
 * What the query finds, grouped by kind: SEARCH_LIMIT of each, or SEARCH_KIND_LIMIT of one `kind`.
 * Liaison officers search within their scope, as the lists show it.
 */
export async function search(actor: Actor, query: { q?: string; kind?: SearchKind }, locale: Locale): Promise<SearchResult> {
  assertCan(actor, "program:read");
  assertCan(actor, "plan:read");
  assertCan(actor, "activity:read");
  const { terms, tooShort } = searchTerms(query.q ?? "");
  if (!terms.length) return { terms, tooShort, groups: [] };
  const kinds = query.kind ? [query.kind] : SEARCH_KINDS.filter((k) => k !== "needs" || can(actor, "need:read"));
  const limit = query.kind ? SEARCH_KIND_LIMIT : SEARCH_LIMIT;
  const ja = locale === "ja";
  const h = (text: string) => highlight(text, terms);
  const groups = await Promise.all(
    kinds.map(async (kind): Promise<SearchGroup> => {
      switch (kind) {
        case "activities": {
          const rows = await activities(actor, terms, limit);
          return {
            kind,
            total: total(rows),
            hits: rows.map((r) => {
              const [first, second] = ja && r.titleJa ? [r.titleJa, r.title] : [r.title, r.titleJa];
              return {
                id: r.id,
                href: `/activities/${r.id}`,
                title: h(first),
                ...(second ? { alt: h(second) } : {}),
                ...optionalExcerpt(excerptOf([r.description, r.outcomes, r.location], terms)),
                date: r.startDate,
                status: r.status,
              };
            }),
          };
        }
        case "programs": {
          const rows = await programs(actor, terms, limit);
          return {
            kind,
            total: total(rows),
            hits: rows.map((r) => ({
              id: r.id,
              href: `/programs/${r.id}`,
              title: h(ja ? r.nameJa : r.nameEn),
              alt: h(ja ? r.nameEn : r.nameJa),
              ...optionalExcerpt(excerptOf(ja ? [r.descriptionJa, r.descriptionEn] : [r.descriptionEn, r.descriptionJa], terms)),
              status: r.kind,
            })),
          };
        }
        case "plans": {
          const rows = await plans(actor, terms, limit);
          return {
            kind,
            total: total(rows),
            hits: rows.map((r) => ({
              id: r.id,
              href: `/plans/${r.id}`,
              title: h(r.title),
              ...optionalExcerpt(excerptOf([r.summary, r.sustainment], terms)),
              status: r.status,
            })),
          };
        }
        case "needs": {
          const rows = await needs(actor, terms, limit);
          return {
            kind,
            total: total(rows),
            hits: rows.map((r) => ({
              id: r.id,
              href: `/needs/${r.id}`,
              title: h(r.title),
              ...optionalExcerpt(excerptOf([r.description], terms)),
              date: r.createdAt,
              status: r.status,
              note: r.stateCode,
            })),
          };
        }
        case "comments": {
          const rows = await comments(actor, terms, limit);
          return {
            kind,
            total: total(rows),
            hits: rows.map((r) => ({
              id: r.id,
              href: `/plans/${r.planId}#comments`,
              title: h(r.planTitle),
              ...optionalExcerpt(highlight(r.body, terms, EXCERPT)),
              date: r.createdAt,
              note: r.author,
            })),
          };
        }
      }
    }),
  );
  return { terms, tooShort, groups };
}

const optionalExcerpt = (excerpt: Segment[] | undefined) => (excerpt ? { excerpt } : {});
