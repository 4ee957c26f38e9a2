import type { Metadata } from "next";
import { FilterButtons, FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import clsx from "clsx";
import { DateTimeText } from "@/components/dates";
import { Empty, PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { auditDiff, formatAuditValue } from "@/lib/audit-diff";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listAuditEvents, listAuditFacets, type AuditEventRow } from "@/lib/data/audit/log";
import { dayInLocale, parseAuditFilters, type AuditFilters } from "@/lib/validation/audit-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Administrators only: anyone else gets the 404 page, as if there were no such page.
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "audit:read")) notFound();
  const filters = parseAuditFilters(await searchParams);
  const [t, result, facets] = await Promise.all([getTranslations("admin.audit"), listAuditEvents(actor, filters), listAuditFacets(actor)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <AuditFilterForm filters={filters} entities={facets.entities} actions={facets.actions} />
      <p className="mb-2 text-sm text-slate-700" role="status" data-testid="audit-count">
        {t("results", { count: result.total })}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        {result.events.length ? (
          <ol className="divide-y divide-slate-200">
            {result.events.map((event) => (
              <li key={event.id} className="py-2">
                <AuditEventView event={event} />
              </li>
            ))}
          </ol>
        ) : (
          <Empty>{t("none")}</Empty>
        )}
      </div>
      <Pagination
        page={filters.page}
        pageCount={result.pageCount}
        hrefFor={(page) => `/admin/audit${filtersQuery({ ...filters, page })}`}
      />
    </>
  );
}

async function AuditFilterForm({ filters, entities, actions }: { filters: AuditFilters; entities: string[]; actions: string[] }) {
  const [t, locale] = await Promise.all([getTranslations("admin.audit.filters"), getLocale()]);
  const facet = (name: "entity" | "action", values: string[]) => (
    <FilterSelect
      id={`a-${name}`}
      name={name}
      label={t(name)}
      anyLabel={t("any")}
      value={filters[name]}
      options={values.map((value) => ({ value, label: value }))}
      className="min-w-40"
    />
  );
  const day = (name: "from" | "to") => (
    <FilterInput
      id={`a-${name}`}
      name={name}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      label={t(name)}
      placeholder={t("datePlaceholder")}
      defaultValue={filters[name] ? dayInLocale(filters[name], locale) : ""}
      maxLength={16}
      className="w-36"
      aria-describedby="a-dates-hint"
    />
  );
  return (
    <FilterForm action="/admin/audit" label={t("label")}>
      <div className="flex flex-wrap items-end gap-3">
        <FilterInput
          id="a-actor"
          name="actor"
          type="search"
          label={t("actor")}
          defaultValue={filters.actor ?? ""}
          maxLength={254}
          className="min-w-56"
        />
        {facet("entity", entities)}
        {facet("action", actions)}
        {day("from")}
        {day("to")}
        <FilterButtons apply={t("apply")} clear={t("clear")} clearHref="/admin/audit" />
      </div>
      <p id="a-dates-hint" className="mt-2 text-xs text-slate-600">
        {t("dateHint")}
      </p>
    </FilterForm>
  );
}

async function AuditEventView({ event }: { event: AuditEventRow }) {
  const t = await getTranslations("admin.audit");
  const rows = auditDiff(event.before, event.after);
  const cell = "px-2 py-1 align-top";
  return (
    <details>
      {/* wrap-anywhere: a claimed email or an id can be one long word, wider than a phone. */}
      <summary className="cursor-pointer text-sm wrap-anywhere">
        <span className="mr-3 text-slate-700">
          <DateTimeText value={event.at} />
        </span>
        <span className="mr-3 font-medium text-slate-900">{event.actorEmail ?? t("system")}</span>
        <span>{t("summary", { action: event.action, entity: event.entity, entityId: event.entityId })}</span>
      </summary>
      <div className="mt-2 relative overflow-x-auto">
        {rows.length ? (
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("detailsTitle")}</caption>
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className={cell}>
                  {t("key")}
                </th>
                <th scope="col" className={cell}>
                  {t("before")}
                </th>
                <th scope="col" className={cell}>
                  {t("after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.key}
                  className={clsx("border-b border-slate-100", row.changed && "bg-amber-50")}
                  data-changed={row.changed || undefined}
                >
                  <th scope="row" className={clsx(cell, "font-mono font-normal", row.changed && "font-semibold")}>
                    {row.key}
                    {row.changed ? (
                      <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 font-sans text-xs text-amber-950">{t("changed")}</span>
                    ) : null}
                  </th>
                  <td className={cell}>
                    <pre className="whitespace-pre-wrap break-all font-mono text-xs">
                      {row.hasBefore ? formatAuditValue(row.before) : t("absent")}
                    </pre>
                  </td>
                  <td className={cell}>
                    <pre className="whitespace-pre-wrap break-all font-mono text-xs">
                      {row.hasAfter ? formatAuditValue(row.after) : t("absent")}
                    </pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-600">{t("noDetails")}</p>
        )}
      </div>
    </details>
  );
}
