import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import { coverageCounts } from "@/lib/data/insights/reads";
import type { ReportContext, ReportSource } from "@/lib/data/reports/types";
import { fiscalYearLabel } from "@/lib/fiscal-year";

// The coverage report: activities per fiscal year, participating state and key area (the insight
// page's matrix, as rows). The counts come from coverageCounts, which applies the actor's scope: a
// liaison officer gets their own state's rows only.

const COLUMNS = ["fiscalYear", "state", "keyArea", "activities"] as const;

export function coverageReport(context: ReportContext): ReportSource {
  const { actor, filters, ja } = context;
  let counts: ReturnType<typeof coverageCounts> | undefined;
  const load = () => (counts ??= coverageCounts(actor, filters));
  return {
    columns: COLUMNS,
    count: async () => (await load()).length,
    async *rows(limit?: number) {
      const [cells, states, keyAreas] = await Promise.all([
        load(),
        scopedDb(actor).partnerState.findMany({ select: { code: true, nameEn: true, nameJa: true } }),
        scopedDb(actor).keyArea.findMany({ select: { code: true, titleEn: true, titleJa: true } }),
      ]);
      const stateName = new Map(states.map((s) => [s.code, ja ? s.nameJa : s.nameEn]));
      const keyAreaTitle = new Map(keyAreas.map((k) => [k.code, ja ? k.titleJa : k.titleEn]));
      for (const cell of limit === undefined ? cells : cells.slice(0, limit)) {
        yield [
          fiscalYearLabel(cell.fiscalYear, ja ? "ja" : "en"),
          stateName.get(cell.stateCode) ?? cell.stateCode,
          keyAreaTitle.get(cell.keyAreaCode) ?? cell.keyAreaCode,
          cell.count,
        ];
      }
    },
  };
}
