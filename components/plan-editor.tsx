"use client";

// The plan editor: span, summary, sustainment, and per fiscal year its objectives, milestones and
// budget lines, plus the needs it answers and the consultations held. One save sends the whole plan
// with the version it was loaded at; the server refuses a stale one (see the conflict view).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { savePlanAction } from "@/app/(portal)/plans/actions";
import { buttonClass, Field, FieldErrors, inputClass, primaryButtonClass } from "@/components/form-parts";
import { RuleList } from "@/components/rule-list";
import { SaveFeedback, conflictRows } from "@/components/save-feedback";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { RuleView } from "@/lib/actions/result";
import { LIMITS } from "@/lib/domain/limits";
import { fiscalYearLabel, fiscalYearRange } from "@/lib/fiscal-year";
import type { PlanInput } from "@/lib/validation/plan";

type Year = PlanInput["years"][number];
type Values = PlanInput;

export interface NeedOption {
  id: string;
  label: string;
}

const emptyYear = (fiscalYear: number): Year => ({ fiscalYear, objectives: [], milestones: [], budgetLines: [] });

/** The years of a span, keeping what was typed for years still inside it. */
function yearsForSpan(years: Year[], first: number, last: number): Year[] {
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first || last - first >= 20) return years;
  const byYear = new Map(years.map((year) => [year.fiscalYear, year]));
  return fiscalYearRange(first, last).map((fy) => byYear.get(fy) ?? emptyYear(fy));
}

function move<T>(items: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

export function PlanEditor({ planId, initial, needOptions }: { planId: string; initial: Values; needOptions: NeedOption[] }) {
  const t = useTranslations("planEditor");
  const tc = useTranslations("editor");
  const te = useTranslations("enums");
  const router = useRouter();
  const editor = useVersionedEditor<Values, { version: number }>({ initial, version: initial.version, fromConflict: (theirs) => theirs as Values });
  const { values, setValues, set, failure, saved, theirs, notice, pending, rulesAt } = editor;
  const errors = (path: string) => failure?.fieldErrors?.[path];
  /** Input errors at `path` and the messages of the rules naming `ruleField`, or nothing. */
  const errorsWithRules = (path: string, ruleField: string) => editor.errorsAt(path, [ruleField]);

  const setSpan = (first: number, last: number) =>
    setValues((current) => ({ ...current, firstFiscalYear: first, lastFiscalYear: last, years: yearsForSpan(current.years, first, last) }));
  const setYear = (fy: number, change: (year: Year) => Year) =>
    setValues((current) => ({ ...current, years: current.years.map((year) => (year.fiscalYear === fy ? change(year) : year)) }));

  function save(event: React.FormEvent) {
    editor.save(event, (current, version) => savePlanAction(planId, { ...current, version }), () => router.refresh());
  }

  /** A plan in words, one entry per field and per fiscal year, for the conflict table. */
  const comparable = (plan: Values): Record<string, string> => ({
    title: plan.title,
    firstFiscalYear: fiscalYearLabel(plan.firstFiscalYear),
    lastFiscalYear: fiscalYearLabel(plan.lastFiscalYear),
    summary: plan.summary,
    sustainment: plan.sustainment,
    needs: plan.needIds.map((id) => needOptions.find((need) => need.id === id)?.label ?? id).join("\n"),
    consultations: plan.consultations.map((c) => `${c.heldOn} ${c.counterpart}${c.summary ? `: ${c.summary}` : ""}`).join("\n"),
    ...Object.fromEntries(
      plan.years.map((year) => [
        `years.${year.fiscalYear}`,
        [
          ...year.objectives.map((o) => `• ${o.text}`),
          ...year.milestones.map((m) => `◆ ${m.title} (${m.dueDate}, ${te(`milestoneStatus.${m.status}`)})`),
          ...year.budgetLines.map((b) => `¥ ${b.label}: ${b.amountJpy}`),
        ].join("\n"),
      ]),
    ),
  });
  const rows = (() => {
    if (!theirs) return [];
    const [a, b] = [comparable(theirs), comparable(values)];
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const label = (field: string) => (field.startsWith("years.") ? fiscalYearLabel(Number(field.slice("years.".length))) : t(field as "title"));
    return conflictRows(a, b, fields, label, (_, value) => (typeof value === "string" && value ? value : tc("none")));
  })();

  // H1 names both the needs and the consultations: a need or a consultation answers it.
  const needErrors = errorsWithRules("needIds", "needs");
  const consultationErrors = errorsWithRules("consultations", "consultations");
  const groupErrors = (id: string, messages: string[] | undefined) =>
    messages?.length ? { "aria-describedby": `${id}-errors`, "aria-invalid": true as const } : {};

  const yearIndex = useMemo(() => new Map(values.years.map((year, index) => [year.fiscalYear, index])), [values.years]);

  return (
    <form onSubmit={save} noValidate aria-busy={pending} className="space-y-6">
      {saved ? <Saved version={saved.data.version} warnings={saved.warnings} /> : null}
      {failure ? <SaveFeedback failure={failure} conflictRows={rows} onLoadTheirs={editor.loadTheirs} onKeepMine={editor.keepMine} /> : null}
      <p role="status" className="text-sm text-slate-800">
        {notice?.text}
      </p>

      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-4">
        <Field id="title" label={t("title")} errors={errors("title")} className="md:col-span-2">
          {(props) => <input {...props} value={values.title} maxLength={LIMITS.planTitle} onChange={(e) => set("title", e.target.value)} className={inputClass} />}
        </Field>
        <Field id="firstFiscalYear" label={t("firstFiscalYear")} errors={errors("firstFiscalYear")}>
          {(props) => (
            <input {...props} type="number" min={2000} max={2100} value={values.firstFiscalYear}
              onChange={(e) => setSpan(Number(e.target.value), values.lastFiscalYear)} className={inputClass} />
          )}
        </Field>
        <Field id="lastFiscalYear" label={t("lastFiscalYear")} errors={errorsWithRules("lastFiscalYear", "lastFiscalYear")}>
          {(props) => (
            <input {...props} type="number" min={2000} max={2100} value={values.lastFiscalYear}
              onChange={(e) => setSpan(values.firstFiscalYear, Number(e.target.value))} className={inputClass} />
          )}
        </Field>
        <Field id="summary" label={t("summary")} errors={errors("summary")} className="md:col-span-4">
          {(props) => <textarea {...props} rows={3} maxLength={5000} value={values.summary} onChange={(e) => set("summary", e.target.value)} className={inputClass} />}
        </Field>
        <Field id="sustainment" label={t("sustainment")} hint={t("sustainmentHint")} className="md:col-span-4"
          errors={errorsWithRules("sustainment", "sustainment")}>
          {(props) => <textarea {...props} rows={3} maxLength={5000} value={values.sustainment} onChange={(e) => set("sustainment", e.target.value)} className={inputClass} />}
        </Field>
      </div>

      <section aria-labelledby="years-heading">
        <h2 id="years-heading" className="mb-2 text-lg font-semibold">{t("years")}</h2>
        <FieldErrors id="years-errors" messages={errors("years")} />
        <ol className="space-y-4">
          {values.years.map((year) => {
            const index = yearIndex.get(year.fiscalYear) ?? 0;
            const path = `years.${index}`;
            const yearRules = rulesAt(`years.${year.fiscalYear}`);
            // T2 names the year's objectives or milestones; each list leads to the year's message.
            const yearRulesId = `fy-${year.fiscalYear}-rules`;
            const ruleOn = (part: string) =>
              yearRules.some((rule) => rule.fields.includes(`years.${year.fiscalYear}.${part}`)) ? { "aria-describedby": yearRulesId, "aria-invalid": true as const } : {};
            const label = fiscalYearLabel(year.fiscalYear);
            return (
              <li key={year.fiscalYear} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`fy-${year.fiscalYear}`}>
                <h3 id={`fy-${year.fiscalYear}`} className="text-lg font-semibold">{label}</h3>
                <FieldErrors id={yearRulesId} messages={yearRules.map((rule) => rule.message)} />
                <fieldset className="mt-3" {...ruleOn("objectives")}>
                  <legend className="font-medium">{t("objectives")}</legend>
                  <ol className="space-y-2">
                    {year.objectives.map((objective, i) => (
                      <li key={i} className="flex flex-wrap items-end gap-2">
                        <Field id={`fy${year.fiscalYear}-objective-${i}`} label={`${label} ${t("objective", { n: i + 1 })}`} errors={errors(`${path}.objectives.${i}.text`)} className="min-w-64 flex-1">
                          {(props) => (
                            <input {...props} value={objective.text} maxLength={1000}
                              onChange={(e) => setYear(year.fiscalYear, (y) => ({ ...y, objectives: y.objectives.map((o, j) => (j === i ? { text: e.target.value } : o)) }))}
                              className={inputClass} />
                          )}
                        </Field>
                        <button type="button" className={buttonClass} disabled={i === 0} aria-label={`${t("moveUp")}: ${t("objective", { n: i + 1 })}`}
                          onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, objectives: move(y.objectives, i, -1) }))}>↑</button>
                        <button type="button" className={buttonClass} disabled={i === year.objectives.length - 1} aria-label={`${t("moveDown")}: ${t("objective", { n: i + 1 })}`}
                          onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, objectives: move(y.objectives, i, 1) }))}>↓</button>
                        <button type="button" className={buttonClass} aria-label={`${t("remove")}: ${t("objective", { n: i + 1 })}`}
                          onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, objectives: y.objectives.filter((_, j) => j !== i) }))}>{t("remove")}</button>
                      </li>
                    ))}
                  </ol>
                  <button type="button" className={`${buttonClass} mt-2`} aria-label={`${t("addObjective")} (${label})`}
                    onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, objectives: [...y.objectives, { text: "" }] }))}>{t("addObjective")}</button>
                </fieldset>

                <fieldset className="mt-4" {...ruleOn("milestones")}>
                  <legend className="font-medium">{t("milestones")}</legend>
                  <ol className="space-y-2">
                    {year.milestones.map((milestone, i) => {
                      const update = (change: Partial<Year["milestones"][number]>) =>
                        setYear(year.fiscalYear, (y) => ({ ...y, milestones: y.milestones.map((m, j) => (j === i ? { ...m, ...change } : m)) }));
                      const base = `fy${year.fiscalYear}-milestone-${i}`;
                      return (
                        <li key={i} className="grid items-end gap-2 md:grid-cols-[1fr_10rem_9rem_auto]">
                          <Field id={`${base}-title`} label={`${label} ${t("milestoneTitle")} ${i + 1}`} errors={errors(`${path}.milestones.${i}.title`)}>
                            {(props) => <input {...props} value={milestone.title} maxLength={300} onChange={(e) => update({ title: e.target.value })} className={inputClass} />}
                          </Field>
                          <Field id={`${base}-due`} label={t("dueDate")} errors={errors(`${path}.milestones.${i}.dueDate`)}>
                            {(props) => <input {...props} type="date" value={milestone.dueDate} onChange={(e) => update({ dueDate: e.target.value })} className={inputClass} />}
                          </Field>
                          <Field id={`${base}-status`} label={t("status")}>
                            {(props) => (
                              <select {...props} value={milestone.status} onChange={(e) => update({ status: e.target.value as Year["milestones"][number]["status"] })} className={inputClass}>
                                {(["PENDING", "DONE", "DELAYED"] as const).map((s) => <option key={s} value={s}>{te(`milestoneStatus.${s}`)}</option>)}
                              </select>
                            )}
                          </Field>
                          <button type="button" className={buttonClass} aria-label={`${t("remove")}: ${t("milestoneTitle")} ${i + 1} (${label})`}
                            onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, milestones: y.milestones.filter((_, j) => j !== i) }))}>{t("remove")}</button>
                        </li>
                      );
                    })}
                  </ol>
                  <button type="button" className={`${buttonClass} mt-2`} aria-label={`${t("addMilestone")} (${label})`}
                    onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, milestones: [...y.milestones, { title: "", dueDate: "", status: "PENDING" }] }))}>{t("addMilestone")}</button>
                </fieldset>

                <fieldset className="mt-4">
                  <legend className="font-medium">{t("budget")}</legend>
                  <ol className="space-y-2">
                    {year.budgetLines.map((line, i) => {
                      const update = (change: Partial<Year["budgetLines"][number]>) =>
                        setYear(year.fiscalYear, (y) => ({ ...y, budgetLines: y.budgetLines.map((l, j) => (j === i ? { ...l, ...change } : l)) }));
                      const base = `fy${year.fiscalYear}-budget-${i}`;
                      return (
                        <li key={i} className="grid items-end gap-2 md:grid-cols-[1fr_12rem_auto]">
                          <Field id={`${base}-label`} label={`${label} ${t("budgetLabel")} ${i + 1}`} errors={errors(`${path}.budgetLines.${i}.label`)}>
                            {(props) => <input {...props} value={line.label} maxLength={200} onChange={(e) => update({ label: e.target.value })} className={inputClass} />}
                          </Field>
                          <Field id={`${base}-amount`} label={t("amount")} errors={errors(`${path}.budgetLines.${i}.amountJpy`)}>
                            {(props) => <input {...props} type="number" min={0} step={1} value={line.amountJpy} onChange={(e) => update({ amountJpy: Number(e.target.value) })} className={inputClass} />}
                          </Field>
                          <button type="button" className={buttonClass} aria-label={`${t("remove")}: ${t("budgetLabel")} ${i + 1} (${label})`}
                            onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, budgetLines: y.budgetLines.filter((_, j) => j !== i) }))}>{t("remove")}</button>
                        </li>
                      );
                    })}
                  </ol>
                  <button type="button" className={`${buttonClass} mt-2`} aria-label={`${t("addBudgetLine")} (${label})`}
                    onClick={() => setYear(year.fiscalYear, (y) => ({ ...y, budgetLines: [...y.budgetLines, { label: "", amountJpy: 0 }] }))}>{t("addBudgetLine")}</button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </section>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" {...groupErrors("needs", needErrors)}>
        <legend className="px-1 text-lg font-semibold">{t("needs")}</legend>
        <FieldErrors id="needs-errors" messages={needErrors} />
        {needOptions.length ? (
          <ul className="space-y-1">
            {needOptions.map((need) => (
              <li key={need.id}>
                <label className="inline-flex items-center gap-2">
                  <input type="checkbox" checked={values.needIds.includes(need.id)}
                    onChange={(e) => set("needIds", e.target.checked ? [...values.needIds, need.id] : values.needIds.filter((id) => id !== need.id))} />
                  {need.label}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noNeeds")}</p>
        )}
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" {...groupErrors("consultations", consultationErrors)}>
        <legend className="px-1 text-lg font-semibold">{t("consultations")}</legend>
        <FieldErrors id="consultations-errors" messages={consultationErrors} />
        <ol className="space-y-2">
          {values.consultations.map((c, i) => {
            const update = (change: Partial<Values["consultations"][number]>) =>
              set("consultations", values.consultations.map((item, j) => (j === i ? { ...item, ...change } : item)));
            return (
              <li key={i} className="grid items-end gap-2 md:grid-cols-[10rem_1fr_2fr_auto]">
                <Field id={`consultation-${i}-date`} label={t("heldOn")} errors={errors(`consultations.${i}.heldOn`)}>
                  {(props) => <input {...props} type="date" value={c.heldOn} onChange={(e) => update({ heldOn: e.target.value })} className={inputClass} />}
                </Field>
                <Field id={`consultation-${i}-counterpart`} label={t("counterpart")} errors={errors(`consultations.${i}.counterpart`)}>
                  {(props) => <input {...props} value={c.counterpart} maxLength={300} onChange={(e) => update({ counterpart: e.target.value })} className={inputClass} />}
                </Field>
                <Field id={`consultation-${i}-summary`} label={t("consultationSummary")} errors={errors(`consultations.${i}.summary`)}>
                  {(props) => <input {...props} value={c.summary} maxLength={2000} onChange={(e) => update({ summary: e.target.value })} className={inputClass} />}
                </Field>
                <button type="button" className={buttonClass} aria-label={`${t("remove")}: ${t("consultations")} ${i + 1}`}
                  onClick={() => set("consultations", values.consultations.filter((_, j) => j !== i))}>{t("remove")}</button>
              </li>
            );
          })}
        </ol>
        <button type="button" className={`${buttonClass} mt-2`}
          onClick={() => set("consultations", [...values.consultations, { heldOn: "", counterpart: "", summary: "" }])}>{t("addConsultation")}</button>
      </fieldset>

      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <a href={`/plans/${planId}`} className={buttonClass}>{t("cancel")}</a>
      </div>
    </form>
  );
}

function Saved({ version, warnings }: { version: number; warnings?: RuleView[] }) {
  const t = useTranslations("planEditor");
  return (
    <div role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {t("saved", { version })}
      {warnings?.length ? <RuleList rules={warnings} /> : null}
    </div>
  );
}
