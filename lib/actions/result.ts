// What every server action answers: a small typed result, never raw rows or exception text.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  ConflictError,
  InvalidStateError,
  isDatabaseUnavailable,
  isWriteContention,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from "@/lib/errors";
import { log } from "@/lib/log";
import type { Actor } from "@/lib/authz/actor";
import { getStateNames } from "@/lib/data/reference/states";
import { citesStates, rulePrefix, ruleMessage, ruleStepNote, ruleTitle, type RuleMessageOptions } from "@/lib/rules/messages";
import { blocking, upcoming, type RuleResult } from "@/lib/rules/principles";

export interface RuleView {
  code: string;
  severity: "error" | "warning";
  message: string;
  fields: string[];
}

export interface ConflictView {
  updatedBy: string | null;
  updatedAt: string;
  version: number;
  values: unknown;
}

export type ActionResult<T = null> =
  | { ok: true; data: T; warnings?: RuleView[] }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[]>;
      /** The rules that refused this step, to show beside their fields. */
      rules?: RuleView[];
      /** Rules of later steps the record does not meet yet: a quiet "will apply when…", not a refusal. */
      later?: RuleView[];
      conflict?: ConflictView;
    };

/**
 * The failed rules as the user reads them. Given the actor, the messages name states in the user's
 * language (H1, H2, T4 cite states); without it, by their codes.
 */
export async function ruleViews(results: RuleResult[], locale: string, actor?: Actor): Promise<RuleView[]> {
  const lang = locale === "ja" ? "ja" : "en";
  const failed = results.filter((result) => result.status === "failed");
  const names = actor && failed.some(citesStates) ? (await getStateNames(actor))[lang] : null;
  const options: RuleMessageOptions = names ? { stateName: (code) => names[code] ?? code } : {};
  return failed.map((result) => ({
    code: result.code,
    severity: result.severity,
    message: ruleMessage(result, lang, options),
    fields: result.fields,
  }));
}

/** Later-step rules in a few words: "<CODE> · <Principle>: <title>. Will apply when…" */
function laterViews(results: RuleResult[], locale: string): RuleView[] {
  const lang = locale === "ja" ? "ja" : "en";
  return results.map((result) => ({
    code: result.code,
    severity: result.severity,
    message: `${rulePrefix(result.code, lang)}: ${ruleTitle(result.code, lang)}. ${ruleStepNote(result, lang) ?? ""}`.trim(),
    fields: result.fields,
  }));
}

/**
 * Runs an action body; expected failures become messages in the user's language. `actor` lets rule
 * messages name states (see ruleViews). Server actions go through `act` (lib/actions/action.ts), which
 * resolves the actor and checks the permission inside this same mapping.
 */
export async function runAction<T>(work: (locale: string) => Promise<T>, { actor }: { actor?: Actor } = {}): Promise<ActionResult<T>> {
  const locale = await getLocale();
  try {
    return { ok: true, data: await work(locale) };
  } catch (error) {
    return failure(error, locale, actor);
  }
}

/**
 * What a failed action answers. redirect() and notFound() are Next's control flow, not failures: they
 * are thrown on.
 */
export async function failure(error: unknown, locale: string, actor?: Actor): Promise<Extract<ActionResult<never>, { ok: false }>> {
  unstable_rethrow(error);
  const t = await getTranslations("actions");
  if (error instanceof ValidationError) {
    const tv = await getTranslations("validation");
    const all = await getTranslations();
    // "msg:<key>" is validation.<key>; a key with a dot names its own namespace (an area's message file).
    const translate = (key: string) => (key.includes(".") ? all(key as never) : tv(key as never));
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrorsIn(locale)).map(([field, messages]) => [
        field,
        messages.map((message) => (message.startsWith("msg:") ? translate(message.slice(4)) : message)),
      ]),
    );
    return { ok: false, error: t("invalidInput"), fieldErrors };
  }
  if (error instanceof NotFoundError) return { ok: false, error: t("notFound") };
  if (error instanceof RuleViolationError) {
    // Only what blocks the step being taken is a refusal; later steps' rules are a note beside it.
    const results = error.results as RuleResult[];
    const later = laterViews(upcoming(results), locale);
    return {
      ok: false,
      error: t("ruleViolation"),
      rules: await ruleViews(blocking(results), locale, actor),
      ...(later.length ? { later } : {}),
    };
  }
  if (error instanceof ConflictError) {
    const { current } = error;
    const time = (await getFormatter()).dateTime(current.updatedAt, { dateStyle: "medium", timeStyle: "short" });
    return {
      ok: false,
      error: t("conflict", { name: current.updatedBy ?? "?", time }),
      conflict: {
        updatedBy: current.updatedBy,
        updatedAt: current.updatedAt.toISOString(),
        version: current.version,
        values: current.values,
      },
    };
  }
  if (error instanceof InvalidStateError) {
    // A code with a dot names its own namespace (an area's message file), like validation keys.
    const text = error.code.includes(".") ? (await getTranslations())(error.code as never) : t(`state.${error.code}` as never);
    return { ok: false, error: text };
  }
  if (isDatabaseUnavailable(error)) {
    await log.error("database unavailable", { action: "action", outcome: "unavailable", error });
    return { ok: false, error: t("unavailable") };
  }
  if (isWriteContention(error)) {
    await log.warn("a write lost to a concurrent one and was rolled back", { action: "action", outcome: "contention", error });
    return { ok: false, error: t("contention") };
  }
  await log.error("unexpected failure", { action: "action", outcome: "error", error });
  return { ok: false, error: t("unexpected") };
}
