"use client";

// What an editor shows when the server refuses a save: the reason, the principle rules that failed,
// and on a conflict who saved first, their values beside the user's, and the way forward.
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { FieldErrorSummary } from "@/components/field-error-summary";
import { LaterRules, RuleList } from "@/components/rule-list";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/result";
import type { Notice } from "@/components/use-versioned-editor";

export type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** One row of the conflict table; only fields whose values differ are passed. */
export interface ConflictRow {
  field: string;
  label: string;
  theirs: string;
  yours: string;
}

export function SaveFeedback({
  failure,
  conflictRows,
  onLoadTheirs,
  onKeepMine,
  fieldLabels = {},
}: {
  failure: Failure;
  conflictRows: ConflictRow[];
  onLoadTheirs: () => void;
  onKeepMine: () => void;
  /** Labels of the form's fields by name: the summary names each field to fix and leads to it. */
  fieldLabels?: Readonly<Record<string, string>>;
}) {
  const t = useTranslations("editor");
  const format = useFormatter();
  const box = useRef<HTMLDivElement>(null);
  // Keyboard and screen reader users land on the explanation, not at the bottom of a long form.
  useEffect(() => box.current?.focus(), [failure]);
  const { conflict, rules } = failure;
  return (
    <div
      ref={box}
      tabIndex={-1}
      data-testid="save-feedback"
      className="mb-6 rounded-lg border border-rose-300 bg-rose-50 p-4 text-sm text-rose-950"
    >
      <p className="font-medium">{failure.error}</p>
      <FieldErrorSummary title={t("fieldsToFix")} fieldErrors={failure.fieldErrors} labels={fieldLabels} />
      {rules?.length ? (
        <div className="mt-3">
          <h2 className="font-semibold">{t("rulesTitle")}</h2>
          <p className="text-slate-800">{t("rulesIntro")}</p>
          <RuleList rules={rules} />
        </div>
      ) : null}
      <LaterRules title={t("laterRules")} rules={failure.later} />
      {conflict ? (
        <section
          aria-labelledby="conflict-title"
          data-testid="conflict"
          className="mt-3 rounded border border-slate-300 bg-white p-3 text-slate-900"
        >
          <h2 id="conflict-title" className="font-semibold">
            {t("conflictTitle")}
          </h2>
          <p>
            {t("conflictBy", {
              name: conflict.updatedBy ?? t("conflictSomeone"),
              time: format.dateTime(new Date(conflict.updatedAt), {
                year: "numeric",
                month: "short",
                day: "numeric",
                hour: "2-digit",
                minute: "2-digit",
                timeZoneName: "short",
              }),
            })}
          </p>
          {conflictRows.length ? (
            <Table density="compact" className="mt-2 w-full min-w-[32rem]">
              <HeadRow>
                <Th>{t("conflictField")}</Th>
                <Th>{t("conflictTheirs")}</Th>
                <Th>{t("conflictYours")}</Th>
              </HeadRow>
              <tbody>
                {conflictRows.map((row) => (
                  <Row key={row.field} data-field={row.field} faint>
                    <Th row>{row.label}</Th>
                    <Td className="whitespace-pre-line">{row.theirs}</Td>
                    <Td className="whitespace-pre-line">{row.yours}</Td>
                  </Row>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="mt-2">{t("conflictSame")}</p>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className={buttonClass} onClick={onLoadTheirs}>
              {t("conflictLoadTheirs")}
            </button>
            <button type="button" className={buttonClass} onClick={onKeepMine} aria-describedby="conflict-keep-hint">
              {t("conflictKeepMine")}
            </button>
          </div>
          <p id="conflict-keep-hint" className="mt-1 text-xs text-slate-600">
            {t("conflictKeepMineHint")}
          </p>
        </section>
      ) : null}
    </div>
  );
}

/** The rows of the conflict table: the fields whose values differ, shown as `display` words them. */
export function conflictRows<T extends Record<string, unknown>>(
  theirs: T,
  yours: T,
  fields: (keyof T & string)[],
  label: (field: keyof T & string) => string,
  display: (field: keyof T & string, value: unknown) => string,
): ConflictRow[] {
  return fields
    .filter((field) => JSON.stringify(theirs[field] ?? null) !== JSON.stringify(yours[field] ?? null))
    .map((field) => ({ field, label: label(field), theirs: display(field, theirs[field]), yours: display(field, yours[field]) }));
}

/** An editor's note above its fields ("Saved.", "Ready to save over their version"), announced as a status. */
export function EditorNotice({ notice, children }: { notice: Notice | null; children?: React.ReactNode }) {
  return (
    <div role="status" className="mb-3">
      {notice ? (
        <p
          className={
            notice.success
              ? "rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
              : "rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900"
          }
        >
          {notice.text}
          {children}
        </p>
      ) : null}
    </div>
  );
}
