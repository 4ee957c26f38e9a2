import { getTranslations } from "next-intl/server";
import { DateTimeText } from "@/components/dates";
import { Empty } from "@/components/page-header";
import type { HistoryEntry } from "@/lib/data/history";

// A record's audit trail: who did what and when, the fields that changed, and their values before
// and after on request.

const MAX_VALUE = 300;

/** A compact text for an audited value: lists joined, rows of a list as their values. */
function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return value
      .map((item) => (item && typeof item === "object" ? Object.values(item).filter((v) => v !== null && v !== "").join(" ") : String(item)))
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
                <div className="relative overflow-x-auto">
                  <table className="mt-1 w-full min-w-[28rem] text-left text-xs">
                    <thead>
                      <tr className="border-b border-slate-300 text-slate-700">
                        <th scope="col" className="py-1 pr-3 font-medium">{t("field")}</th>
                        <th scope="col" className="py-1 pr-3 font-medium">{t("before")}</th>
                        <th scope="col" className="py-1 pr-3 font-medium">{t("after")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {entry.changedFields.map((field) => (
                        <tr key={field} className="border-b border-slate-100 align-top">
                          <th scope="row" className="py-1 pr-3 font-medium">{label(field)}</th>
                          <td className="py-1 pr-3 whitespace-pre-line">{show(entry.before?.[field], t("empty"))}</td>
                          <td className="py-1 pr-3 whitespace-pre-line">{show(entry.after?.[field], t("empty"))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
