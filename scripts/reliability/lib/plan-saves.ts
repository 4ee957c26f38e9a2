// The plan editor's load and save, over real HTTP as a browser makes them: the edit page's RSC payload
// gives the editor's values (the props of <PlanEditor>), and a save is the savePlanAction server action
// posted to that page. Every answer is sorted into what the user would be told.
import { readFileSync } from "node:fs";
import type { HttpSession } from "../../bench/lib/http-session";
import { callServerAction, fetchFlight, findInFlight, serverActionId } from "../../bench/lib/server-action";

export const PLAN_ACTIONS_FILE = "app/(portal)/plans/actions.ts";

export type PlanValues = Record<string, unknown> & { version: number; title: string; summary: string };

export type SaveOutcome =
  /** Saved: the app acknowledged the new version. */
  | { kind: "saved"; version: number }
  /** Someone saved first: the answer carries the record's current version. */
  | { kind: "conflict"; version: number }
  /** "Try again in a moment": the action's own message, or the error page of a database outage. */
  | { kind: "unavailable"; via: "message" | "error page" }
  /** Any other refusal the user is shown (invalid input, a rule, the generic failure message). */
  | { kind: "refused"; message: string }
  /** An HTTP error that is not an announced outage: a defect. */
  | { kind: "server error"; status: number; detail: string }
  /** No HTTP answer at all (connection refused or reset, timeout): the app crashed or hung. */
  | { kind: "no answer"; detail: string };

interface ActionResult {
  ok: boolean;
  data?: { version?: number };
  error?: string;
  conflict?: { version?: number };
}

/** The texts a user reads, from the English messages (the sessions ask for English). */
function englishMessages(): { unavailable: string } {
  const messages = JSON.parse(readFileSync("messages/en.json", "utf8")) as { actions: { unavailable: string } };
  return { unavailable: messages.actions.unavailable };
}

/** The outage digest in an RSC payload, raw (an action's answer) or inside a page's HTML (quotes escaped). */
export const OUTAGE_DIGEST = /digest\\?":\\?"DATABASE_UNAVAILABLE;/;

export class PlanEditorClient {
  private readonly texts = englishMessages();

  private constructor(readonly saveActionId: string) {}

  static async forBuild(distDir: string): Promise<PlanEditorClient> {
    return new PlanEditorClient(await serverActionId(distDir, PLAN_ACTIONS_FILE, "savePlanAction"));
  }

  /** What the editor loads: the plan's values at its current version. Throws when the page does not give them. */
  async load(session: HttpSession, planId: string): Promise<PlanValues> {
    const page = await fetchFlight(session, `/plans/${encodeURIComponent(planId)}/edit`);
    if (page.status !== 200) throw new Error(`GET /plans/${planId}/edit answered HTTP ${page.status}`);
    const props = findInFlight(page.rows, (value) => value.planId === planId && typeof value.initial === "object");
    const initial = props?.initial as PlanValues | undefined;
    if (!initial || typeof initial.version !== "number") throw new Error(`the editor of ${planId} is not on its page (not editable?)`);
    return initial;
  }

  async save(session: HttpSession, planId: string, values: PlanValues, timeoutMs = 30_000): Promise<SaveOutcome> {
    let answer: Awaited<ReturnType<typeof callServerAction<ActionResult>>>;
    try {
      const page = `/plans/${encodeURIComponent(planId)}/edit`;
      answer = await callServerAction<ActionResult>(
        session,
        page,
        this.saveActionId,
        [null, { id: planId, values }],
        AbortSignal.timeout(timeoutMs),
      );
    } catch (error) {
      return { kind: "no answer", detail: describe(error) };
    }
    const result = answer.result;
    if (answer.status === 200 && result && typeof result === "object") {
      if (result.ok && typeof result.data?.version === "number") return { kind: "saved", version: result.data.version };
      if (typeof result.conflict?.version === "number") return { kind: "conflict", version: result.conflict.version };
      if (result.error === this.texts.unavailable) return { kind: "unavailable", via: "message" };
      return { kind: "refused", message: String(result.error) };
    }
    // A server action that throws answers 500 with the error's digest; the page's error boundary then
    // shows "temporarily unavailable" for the outage digest (components/error-view.tsx).
    if (answer.status >= 500 && OUTAGE_DIGEST.test(answer.body)) return { kind: "unavailable", via: "error page" };
    return { kind: "server error", status: answer.status, detail: answer.body.slice(0, 200) };
  }
}

export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}
