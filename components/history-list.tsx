import { getTranslations } from "next-intl/server";
import { DateTimeText } from "@/components/dates";
import { Empty } from "@/components/page-header";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import type { HistoryEntry } from "@/lib/data/audit/history";

// A record's audit trail: who did what and when, the fields that changed, and their values before
// and after on request.

const MAX_VALUE = 300;

/** A compact text for an audited value: lists joined, rows of a list as their values. */
function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value
      .map((item) =>
        item && typeof item === "object"
          ? Object.values(item)
              .filter((v) => v !== null && v !== "")
              .join(" ")
          : String(item),
      )
      .join("; ");
  }
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

export async function HistoryList({ entries, fieldLabels }: { entries: HistoryEntry[]; fieldLabels: Record<string, string> }) {
  const t = await getTranslations("history");
  if (!entries.length) return <Empty>{t("none")}</Empty>;
  const label = (field: string) => fieldLabels[field] ?? field;
  const actionText = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  return (
    <ol className="divide-y divide-slate-200" data-testid="history">
      {entries.map((entry) => (
        <li key={entry.id} className="py-2 text-sm">
          <p>
            <span className="font-medium text-slate-900">{actionText(entry.action)}</span>{" "}
            <span className="text-slate-700">{t("by", { name: entry.actorName })}</span> ·{" "}
            <span className="text-slate-600">
              <DateTimeText value={entry.at} />
            </span>
          </p>
          {entry.before && entry.changedFields.length ? (
            <>
              <p className="text-slate-700">{t("changed", { fields: entry.changedFields.map(label).join(", ") })}</p>
              <details className="mt-1">
                <summary className="cursor-pointer text-brand-700">{t("showValues")}</summary>
                <Table density="compact" className="mt-1 w-full min-w-[28rem] text-xs">
                  <HeadRow>
                    <Th>{t("field")}</Th>
                    <Th>{t("before")}</Th>
                    <Th>{t("after")}</Th>
                  </HeadRow>
                  <tbody>
                    {entry.changedFields.map((field) => (
                      <Row key={field} faint>
                        <Th row>{label(field)}</Th>
                        <Td className="whitespace-pre-line">{show(entry.before?.[field], t("empty"))}</Td>
                        <Td className="whitespace-pre-line">{show(entry.after?.[field], t("empty"))}</Td>
                      </Row>
                    ))}
                  </tbody>
                </Table>
              </details>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
