"use client";

// One spending line of a plan as a form: a new line (recorded, then the form is empty again) or a
// recorded one (saved at the version it was loaded with, or deleted). A refusal shows beside the
// fields, a stale save or delete the conflict view; rule T9's warning shows after a write. The page
// is refreshed after each write, so that budget against actual follows.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RuleList } from "@/components/rule-list";
import { SaveFeedback, conflictRows } from "@/components/save-feedback";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { Action, RecordEdit } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { CategorySelect } from "@/components/spending/category-select";
import type { SpendingLineFormValues } from "@/lib/validation/spending";

type Values = SpendingLineFormValues;
const FIELDS: (keyof Values)[] = ["spentOn", "category", "amountJpy", "description", "activityId"];

export const EMPTY_SPENDING_LINE: Values = { spentOn: "", category: "TRAVEL", amountJpy: "", description: "", activityId: "" };

function fromConflict(theirs: unknown): Values {
  return { ...EMPTY_SPENDING_LINE, ...(theirs as Partial<Values>) };
}

export interface SpendingActions {
  recordAction: Action<{ id: string }, Values & { planId: string }>;
  updateAction: Action<{ version: number }, RecordEdit<Values & { version: number | undefined }>>;
  deleteAction: Action<null, { id: string; version: number | undefined }>;
}

export function SpendingLineForm({
  planId,
  line,
  activities,
  actions,
}: {
  planId: string;
  /** A recorded line; none for the form of a new one. */
  line?: { id: string; version: number; values: Values };
  activities: { id: string; label: string }[];
  actions: SpendingActions;
}) {
  const t = useTranslations("spending.editor");
  const tc = useTranslations("spending.categories");
  const router = useRouter();
  const editor = useVersionedEditor<Values, { version: number } | null>({
    initial: line?.values ?? EMPTY_SPENDING_LINE,
    version: line?.version,
    fromConflict,
  });
  const { values, set, errorsAt, failure, saved, notice, pending, theirs } = editor;
  const base = `spending-${line?.id ?? "new"}`;
  const heading = line ? t("line", { date: line.values.spentOn }) : t("newLine");

  const activityLabel = (id: unknown) => activities.find((a) => a.id === id)?.label ?? t("noActivity");
  const rows = theirs
    ? conflictRows(
        theirs,
        values,
        FIELDS,
        (field) => t(field),
        (field, value) => (field === "category" ? tc(String(value)) : field === "activityId" ? activityLabel(value) : String(value ?? "")),
      )
    : [];

  const done = (text: string) => () => {
    editor.setNotice({ text, success: true });
    router.refresh();
  };

  const submit = (event: React.FormEvent) => {
    if (line) {
      editor.save(
        event,
        (current, version) => actions.updateAction(null, { id: line.id, values: { ...current, version } }),
        done(t("saved")),
      );
      return;
    }
    editor.save(
      event,
      async (current) => {
        const result = await actions.recordAction(null, { ...current, planId });
        // A new line answers its id, not a version: the form starts again empty.
        return result.ok ? ({ ok: true, data: null, warnings: result.warnings } as ActionResult<null>) : result;
      },
      () => {
        editor.setValues(EMPTY_SPENDING_LINE);
        done(t("recorded"))();
      },
    );
  };

  const remove = (event: React.MouseEvent) => {
    if (!line) return;
    editor.save(event, (_, version) => actions.deleteAction(null, { id: line.id, version }), done(t("deleted")));
  };

  return (
    <form onSubmit={submit} aria-busy={pending} aria-label={heading} noValidate className="rounded border border-slate-200 bg-white p-3">
      {failure ? (
        <SaveFeedback failure={failure} conflictRows={rows} onLoadTheirs={editor.loadTheirs} onKeepMine={editor.keepMine} />
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[10rem_12rem_10rem_1fr_1fr]">
        <Field id={`${base}-spentOn`} label={t("date")} errors={errorsAt("spentOn")}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={values.spentOn}
              onChange={(e) => set("spentOn", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={`${base}-category`} label={t("category")} errors={errorsAt("category")}>
          {(props) => <CategorySelect {...props} value={values.category} onChange={(category) => set("category", category)} />}
        </Field>
        <Field id={`${base}-amountJpy`} label={t("amount")} errors={errorsAt("amountJpy")}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              required
              autoComplete="off"
              value={values.amountJpy}
              onChange={(e) => set("amountJpy", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={`${base}-description`} label={t("description")} errors={errorsAt("description")}>
          {(props) => (
            <input
              {...props}
              type="text"
              maxLength={500}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={`${base}-activityId`} label={t("activity")} errors={errorsAt("activityId")}>
          {(props) => (
            <select {...props} value={values.activityId} onChange={(e) => set("activityId", e.target.value)} className={inputClass}>
              <option value="">{t("noActivity")}</option>
              {activities.map((activity) => (
                <option key={activity.id} value={activity.id}>
                  {activity.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button type="submit" primary disabled={pending} aria-label={line ? t("saveLabel", { date: line.values.spentOn }) : undefined}>
          {pending ? t("saving") : line ? t("save") : t("add")}
        </Button>
        {line ? (
          <Button disabled={pending} onClick={remove} aria-label={t("deleteLabel", { date: line.values.spentOn })}>
            {t("delete")}
          </Button>
        ) : null}
        <div role="status" className="text-sm">
          {notice ? <p className={notice.success ? "text-emerald-800" : "text-slate-800"}>{notice.text}</p> : null}
          {saved?.warnings?.length ? <RuleList rules={saved.warnings} /> : null}
        </div>
      </div>
    </form>
  );
}
