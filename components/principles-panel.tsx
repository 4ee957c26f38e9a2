// Every rule of the three principles for one record (an activity, a plan): passed, failed, warned,
// not yet applicable (a later step's rule: when it will apply, and what it will ask if the record
// does not meet it yet) or not applicable, with its code, principle and message. Works as a server or a
// client component (no server-only imports), so an editor can show it live too.
import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { ruleMessage, ruleStepNote, ruleTitle, type RuleMessageOptions } from "@/lib/rules/messages";
import type { RuleResult } from "@/lib/rules/principles";

type Verdict = "passed" | "failed" | "warning" | "notYetApplicable" | "notApplicable";

function verdictOf(result: RuleResult): Verdict {
  if (result.status === "passed") return "passed";
  if (result.status === "not_applicable") return "notApplicable";
  if (result.status === "not_yet_applicable") return "notYetApplicable";
  return result.severity === "warning" ? "warning" : "failed";
}

const tone: Record<Verdict, string> = {
  passed: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  failed: "bg-rose-50 text-rose-900 ring-rose-300",
  warning: "bg-amber-50 text-amber-900 ring-amber-300",
  notYetApplicable: "bg-slate-50 text-slate-800 ring-slate-300",
  notApplicable: "bg-slate-100 text-slate-800 ring-slate-300",
};

export function PrinciplesPanel({
  results,
  locale,
  stateNames,
}: {
  results: RuleResult[];
  locale: string;
  /** State names by code, so that messages name states in the reader's language. */
  stateNames?: Record<string, string>;
}) {
  const t = useTranslations("principlesPanel");
  const lang: Locale = locale === "ja" ? "ja" : "en";
  const options: RuleMessageOptions = stateNames ? { stateName: (code) => stateNames[code] ?? code } : {};
  const verdicts = results.map(verdictOf);
  return (
    <div data-testid="principles-panel">
      <p className="mb-2 text-sm text-slate-700">
        {t("summary", { failed: verdicts.filter((v) => v === "failed").length, warned: verdicts.filter((v) => v === "warning").length })}
      </p>
      <ul className="divide-y divide-slate-200">
        {results.map((result, index) => {
          const verdict = verdicts[index]!;
          const note = ruleStepNote(result, lang);
          // A later rule the record meets already needs no text beyond when it applies.
          const message = verdict === "notYetApplicable" && result.variant === null ? null : ruleMessage(result, lang, options);
          return (
            <li
              key={result.code}
              data-rule={result.code}
              data-verdict={verdict}
              className="flex flex-wrap items-start gap-x-3 gap-y-1 py-2"
            >
              <span
                className={clsx(
                  "inline-flex w-32 shrink-0 justify-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset",
                  tone[verdict],
                )}
              >
                {t(`status.${verdict}`)}
              </span>
              <div className="min-w-0 flex-1 text-sm">
                <p className="font-medium text-slate-900">{ruleTitle(result.code, lang)}</p>
                {message ? (
                  <p className={clsx(verdict === "failed" ? "text-rose-900" : verdict === "warning" ? "text-amber-900" : "text-slate-700")}>
                    {message}
                  </p>
                ) : null}
                {note ? <p className="text-xs text-slate-600">{note}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
