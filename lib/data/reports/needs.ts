import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import { activityScope, needScope, planScope } from "@/lib/data/scope";
import { BATCH_SIZE, type ReportContext, type ReportSource } from "@/lib/data/reports/types";
import { fiscalYearEnd, fiscalYearLabel, fiscalYearOf, fiscalYearStart } from "@/lib/fiscal-year";
import type { NeedStatus } from "@/generated/prisma/enums";
import { isoDay } from "@/lib/dates";

// The partner needs report: one row per need, with the plans and activities that answer it. The
// fiscal year of a need is that of its submission. A liaison officer gets their own state's needs,
// and of the answers only those they may see themselves (plans shared with them, activities their
// state takes part in), as on the need's page.

const COLUMNS = [
  "id",
  "state",
  "title",
  "keyArea",
  "priority",
  "status",
  "submitted",
  "fiscalYear",
  "declineReason",
  "plans",
  "activities",
  "illustrative",
] as const;

const DAY_MS = 86_400_000;

function needWhere({ actor, filters }: ReportContext): Prisma.PartnerNeedWhereInput {
  const and: Prisma.PartnerNeedWhereInput[] = [needScope(actor)];
  if (filters.fyFrom !== undefined) and.push({ createdAt: { gte: fiscalYearStart(filters.fyFrom) } });
  if (filters.fyTo !== undefined) and.push({ createdAt: { lt: new Date(fiscalYearEnd(filters.fyTo).getTime() + DAY_MS) } });
  if (filters.state !== undefined) and.push({ stateCode: filters.state });
  if (filters.program !== undefined) {
    // Only answers the reader may see count: a filter must not reveal an unshared plan by a count.
    and.push({
      OR: [
        { plans: { some: { AND: [planScope(actor), { programId: filters.program }] } } },
        { activities: { some: { AND: [activityScope(actor), { programId: filters.program }] } } },
      ],
    });
  }
  if (filters.keyArea !== undefined) and.push({ keyAreaCode: filters.keyArea });
  if (filters.status !== undefined) and.push({ status: filters.status as NeedStatus });
  return { AND: and };
}

export function needReport(context: ReportContext): ReportSource {
  const { actor, ja, enumLabel, yes } = context;
  const where = needWhere(context);
  return {
    columns: COLUMNS,
    count: () => scopedDb(actor).partnerNeed.count({ where }),
    async *rows(limit?: number) {
      let cursor: string | undefined;
      for (;;) {
        const needs = await scopedDb(actor).partnerNeed.findMany({
          where,
          orderBy: { id: "asc" },
          take: limit ?? BATCH_SIZE,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
          select: {
            id: true,
            title: true,
            priority: true,
            status: true,
            createdAt: true,
            declineReason: true,
            illustrative: true,
            state: { select: { nameEn: true, nameJa: true } },
            keyArea: { select: { titleEn: true, titleJa: true } },
            plans: { where: planScope(actor), select: { title: true }, orderBy: { title: "asc" } },
            activities: { where: activityScope(actor), select: { title: true, titleJa: true }, orderBy: { startDate: "asc" } },
          },
        });
        for (const need of needs) {
          // UTC dates: the fiscal year is that of the submission's calendar day.
          const submitted = new Date(`${isoDay(need.createdAt)}T00:00:00Z`);
          yield [
            need.id,
            ja ? need.state.nameJa : need.state.nameEn,
            need.title,
            ja ? need.keyArea.titleJa : need.keyArea.titleEn,
            enumLabel(`priority.${need.priority}`),
            enumLabel(`needStatus.${need.status}`),
            isoDay(need.createdAt),
            fiscalYearLabel(fiscalYearOf(submitted)),
            need.declineReason ?? "",
            need.plans.map((p) => p.title).join("; "),
            need.activities.map((a) => (ja && a.titleJa ? a.titleJa : a.title)).join("; "),
            need.illustrative ? yes : "",
          ];
        }
        if (limit !== undefined || needs.length < BATCH_SIZE) return;
        cursor = needs[needs.length - 1]!.id;
      }
    },
  };
}
