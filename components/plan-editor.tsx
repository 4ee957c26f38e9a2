"use client";

// The plan editor: span, summary, sustainment, and per fiscal year its objectives, milestones and
// budget lines, plus the needs it answers and the consultations held. One save sends the whole plan
// with the version it was loaded at; the server refuses a stale one (see the conflict view).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { savePlanAction } from "@/app/(portal)/plans/actions";
import { buttonClass, Field, FieldErrors, inputClass, primaryButtonClass } from "@/components/form-parts";
import { RuleList } from "@/components/rule-list";
import type { ActionResult } from "@/lib/actions/result";
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
  const te = useTranslations("enums");
  const router = useRouter();
  const [values, setValues] = useState<Values>(initial);
  const [result, setResult] = useState<ActionResult<{ version: number }> | null>(null);
  const [pending, startTransition] = useTransition();

  const failure = result && !result.ok ? result : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const rules = failure?.rules ?? [];
  const errors = (path: string) => fieldErrors[path];
  const rulesAt = (prefix: string) => rules.filter((rule) => rule.fields.some((field) => field === prefix || field.startsWith(`${prefix}.`)));

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const setSpan = (first: number, last: number) =>
    setValues((current) => ({ ...current, firstFiscalYear: first, lastFiscalYear: last, years: yearsForSpan(current.years, first, last) }));
  const setYear = (fy: number, change: (year: Year) => Year) =>
    setValues((current) => ({ ...current, years: current.years.map((year) => (year.fiscalYear === fy ? change(year) : year)) }));

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const answer = await savePlanAction(planId, values);
      setResult(answer);
      if (answer.ok) {
        setValues((current) => ({ ...current, version: answer.data.version }));
        router.refresh();
      }
    });
  }

  function loadTheirs() {
    if (!failure?.conflict) return;
    setValues(failure.conflict.values as Values);
    setResult(null);
  }

  const yearIndex = useMemo(() => new Map(values.years.map((year, index) => [year.fiscalYear, index])), [values.years]);

  return (
    <form onSubmit={save} noValidate aria-busy={pending} className="space-y-6">
      {result ? <SaveStatus result={result} /> : null}
      {failure?.conflict ? (
        <ConflictView theirs={failure.conflict.values as Values} yours={values} onReload={loadTheirs} needOptions={needOptions} />
      ) : null}
      {rules.length ? (
        <section aria-labelledby="rules-heading" className="rounded border border-rose-300 bg-rose-50 p-3">
          <h2 id="rules-heading" className="font-semibold text-rose-900">
            {t("rulesBlocking")}
          </h2>
          <RuleList rules={rules} />
        </section>
      ) : null}

      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-4">
        <Field id="title" label={t("title")} errors={errors("title")} className="md:col-span-2">
          {(props) => <input {...props} value={values.title} maxLength={200} onChange={(e) => set("title", e.target.value)} className={inputClass} />}
        </Field>
        <Field id="firstFiscalYear" label={t("firstFiscalYear")} errors={errors("firstFiscalYear")}>
          {(props) => (
            <input {...props} type="number" min={2000} max={2100} value={values.firstFiscalYear}
              onChange={(e) => setSpan(Number(e.target.value), values.lastFiscalYear)} className={inputClass} />
          )}
        </Field>
        <Field id="lastFiscalYear" label={t("lastFiscalYear")} errors={[...(errors("lastFiscalYear") ?? []), ...rulesAt("lastFiscalYear").map((r) => r.message)]}>
          {(props) => (
            <input {...props} type="number" min={2000} max={2100} value={values.lastFiscalYear}
              onChange={(e) => setSpan(values.firstFiscalYear, Number(e.target.value))} className={inputClass} />
          )}
        </Field>
        <Field id="summary" label={t("summary")} errors={errors("summary")} className="md:col-span-4">
          {(props) => <textarea {...props} rows={3} maxLength={5000} value={values.summary} onChange={(e) => set("summary", e.target.value)} className={inputClass} />}
        </Field>
        <Field id="sustainment" label={t("sustainment")} hint={t("sustainmentHint")} className="md:col-span-4"
          errors={[...(errors("sustainment") ?? []), ...rulesAt("sustainment").map((r) => r.message)]}>
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
            const label = fiscalYearLabel(year.fiscalYear);
            return (
              <li key={year.fiscalYear} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`fy-${year.fiscalYear}`}>
                <h3 id={`fy-${year.fiscalYear}`} className="text-lg font-semibold">{label}</h3>
                <FieldErrors id={`fy-${year.fiscalYear}-rules`} messages={yearRules.map((rule) => rule.message)} />
                <fieldset className="mt-3">
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

                <fieldset className="mt-4">
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

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <legend className="px-1 text-lg font-semibold">{t("needs")}</legend>
        <FieldErrors id="needs-errors" messages={[...(errors("needIds") ?? []), ...rulesAt("needs").map((r) => r.message)]} />
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

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <legend className="px-1 text-lg font-semibold">{t("consultations")}</legend>
        <FieldErrors id="consultations-errors" messages={rulesAt("consultations").map((r) => r.message)} />
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

function SaveStatus({ result }: { result: ActionResult<{ version: number }> }) {
  const t = useTranslations("planEditor");
  if (result.ok) {
    return (
      <div role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {t("saved", { version: result.data.version })}
        {result.warnings?.length ? <RuleList rules={result.warnings} /> : null}
      </div>
    );
  }
  return (
    <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      {result.error}
    </p>
  );
}

/** Their saved values beside the user's unsaved ones, field by field, where they differ. */
function ConflictView({ theirs, yours, onReload, needOptions }: { theirs: Values; yours: Values; onReload: () => void; needOptions: NeedOption[] }) {
  const t = useTranslations("planEditor");
  const needLabels = new Map(needOptions.map((need) => [need.id, need.label]));
  const summarize = (values: Values) => ({
    [t("title")]: values.title,
    [t("firstFiscalYear")]: fiscalYearLabel(values.firstFiscalYear),
    [t("lastFiscalYear")]: fiscalYearLabel(values.lastFiscalYear),
    [t("summary")]: values.summary,
    [t("sustainment")]: values.sustainment,
    [t("needs")]: values.needIds.map((id) => needLabels.get(id) ?? id).join("\n"),
    [t("consultations")]: values.consultations.map((c) => `${c.heldOn} ${c.counterpart}: ${c.summary}`).join("\n"),
    ...Object.fromEntries(
      values.years.map((year) => [
        fiscalYearLabel(year.fiscalYear),
        [...year.objectives.map((o) => `• ${o.text}`), ...year.milestones.map((m) => `◆ ${m.title} (${m.dueDate}, ${m.status})`), ...year.budgetLines.map((b) => `¥ ${b.label}: ${b.amountJpy}`)].join("\n"),
      ]),
    ),
  });
  const a = summarize(theirs);
  const b = summarize(yours);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]);
  return (
    <section aria-labelledby="conflict-heading" className="rounded border border-amber-400 bg-amber-50 p-3" data-testid="conflict">
      <h2 id="conflict-heading" className="font-semibold text-amber-900">{t("conflictTitle")}</h2>
      {keys.length ? (
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="w-40 py-1 pr-2"></th>
              <th scope="col" className="py-1 pr-2">{t("conflictTheirs")}</th>
              <th scope="col" className="py-1">{t("conflictYours")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} className="border-t border-amber-200 align-top">
                <th scope="row" className="py-1 pr-2 font-medium">{key}</th>
                <td className="whitespace-pre-line py-1 pr-2">{a[key] ?? "—"}</td>
                <td className="whitespace-pre-line py-1">{b[key] ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-1 text-sm">{t("conflictNoDiff")}</p>
      )}
      <button type="button" onClick={onReload} className={`${buttonClass} mt-2`}>{t("conflictReload")}</button>
    </section>
  );
}
