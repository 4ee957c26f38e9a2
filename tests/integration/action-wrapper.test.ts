// The one action wrapper (lib/actions/action.ts) against the seeded database: it resolves the actor
// from the session (the real session rows), checks the permission, hands the input on and maps
// failures. A database outage while the actor is looked up answers the inline "try again" (the form
// keeps what the user typed) instead of throwing to the error page; an anonymous caller and an ended
// session are still redirected to /login. Outside Next, the request's session (next-auth's auth()) and
// headers are given here; the messages are the real catalogs.
import { freePort } from "@/scripts/lib/free-port";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { closeDatabase, query, seededDatabase } from "./helpers";

const request = vi.hoisted(() => ({ session: null as { user: { id: string; sv: number; sid: string } } | null }));

vi.mock("@/lib/auth/config", () => ({ auth: async () => request.session }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-portal-return-path": "/plans/seed-demo-ph-plan" }) }));
// The actions revalidate on success; outside Next there is no cache to refresh.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/i18n/messages");
  const messages = await loadMessages("en");
  return {
    getLocale: async () => "en",
    getTranslations: async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never }),
    getFormatter: async () => createFormatter({ locale: "en", timeZone: "Asia/Tokyo" }),
  };
});

const en = await (await import("@/i18n/messages")).loadMessages("en");
const TEXT = en.actions as unknown as Record<"unavailable" | "notFound" | "invalidInput", string>;

let database: TestDatabase;
let act: typeof import("@/lib/actions/action").act;

beforeAll(async () => {
  database = await seededDatabase("action_wrapper");
  ({ act } = await import("@/lib/actions/action"));
});

afterAll(() => closeDatabase(database));

beforeEach(() => {
  request.session = null;
});

/** Signs `email` in: a live session row, and the cookie's claims as auth() gives them. */
async function signIn(email: string): Promise<{ id: string; sid: string }> {
  const [user] = await query<{ id: string; sessionVersion: number }>(
    database.url,
    `SELECT id, "sessionVersion" FROM "User" WHERE email = $1`,
    [email],
  );
  const { openSession } = await import("@/lib/data/users/sessions");
  const sid = await openSession(user!.id);
  request.session = { user: { id: user!.id, sv: user!.sessionVersion, sid } };
  return { id: user!.id, sid };
}

/**
 * Runs `body` with the app's database client pointed at a port where nothing listens, and checks that
 * each outage was logged as one (the log goes to stderr, captured here).
 */
async function duringOutage<T>(body: () => Promise<T>): Promise<T> {
  const { createPrismaClient } = await import("@/lib/db/client");
  const holder = globalThis as unknown as { prisma?: unknown };
  const live = holder.prisma;
  const down = createPrismaClient(`postgresql://portal@127.0.0.1:${await freePort()}/portal`);
  const logged: string[] = [];
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => (logged.push(String(chunk)), true));
  holder.prisma = down;
  try {
    const result = await body();
    const lines = logged.map((line) => JSON.parse(line) as { msg?: string; outcome?: string });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatchObject({ msg: "database unavailable", outcome: "unavailable" });
    return result;
  } finally {
    holder.prisma = live;
    stderr.mockRestore();
    await down.$disconnect();
  }
}

/** The path a redirect() thrown by `work` leads to (the test fails if nothing is thrown). */
async function redirectOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => {
      throw new Error("expected a redirect");
    },
    (thrown: unknown) => thrown,
  );
  const digest = String((error as { digest?: unknown }).digest ?? "");
  expect(digest.startsWith("NEXT_REDIRECT;"), String(error)).toBe(true);
  return digest.split(";")[2] ?? "";
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

describe("act(): the one way in for a server action", () => {
  it("resolves the actor from the session and hands the form's fields on, repeated fields as lists", async () => {
    const { id } = await signIn("planner@example.org");
    const work = vi.fn(async (actor: { id: string; role: string }, values: Record<string, unknown>) => ({ actor: actor.id, values }));
    const result = await act({ permission: "need:triage", input: form({ needId: "n1", planIds: ["p1", "p2"] }), lists: ["planIds"] }, work);
    expect(result).toEqual({ ok: true, data: { actor: id, values: { needId: "n1", planIds: ["p1", "p2"] } } });
  });

  it("answers the inline 'try again' when the database is down while it resolves the actor, and runs nothing", async () => {
    await signIn("planner@example.org");
    const work = vi.fn(async () => "ran");
    const result = await duringOutage(() => act({ permission: "plan:edit", input: form({ title: "What the user typed" }) }, work));
    expect(result).toEqual({ ok: false, error: TEXT.unavailable });
    expect(work).not.toHaveBeenCalled();
  });

  it("redirects an anonymous caller to /login, and back to the page afterwards", async () => {
    const work = vi.fn(async () => "ran");
    expect(await redirectOf(act({ permission: "plan:edit", input: form({}) }, work))).toBe(
      "/login?callbackUrl=%2Fplans%2Fseed-demo-ph-plan",
    );
    expect(work).not.toHaveBeenCalled();
  });

  it("redirects a caller whose session was ended on the server to /login, saying so", async () => {
    const { sid, id } = await signIn("planner2@example.org");
    await (await import("@/lib/data/users/sessions")).revokeSession({ uid: id, sid });
    const path = await redirectOf(act({ permission: "plan:edit", input: form({}) }, async () => "ran"));
    expect(path).toMatch(/^\/login\?/);
    expect(new URLSearchParams(path.split("?")[1]).get("session")).toBe("ended");
  });

  it("refuses a permission the actor lacks as 'not found', before the data function runs", async () => {
    await signIn("liaison.ph@example.org");
    const work = vi.fn(async () => "ran");
    expect(await act({ permission: "plan:edit", input: form({}) }, work)).toEqual({ ok: false, error: TEXT.notFound });
    expect(await act({ permission: "plan:comment", input: form({}) }, work)).toEqual({ ok: true, data: "ran" });
    // What any signed-in user does with their own things.
    expect(await act({ permission: "signedIn", input: form({}) }, work)).toEqual({ ok: true, data: "ran" });
  });

  it("maps the data function's refusals as before: invalid input with its field errors", async () => {
    await signIn("liaison.ph@example.org");
    const { addPlanComment } = await import("@/lib/data/comments/writes");
    const result = await act({ permission: "plan:comment", input: form({ planId: "seed-demo-ph-plan", body: "" }) }, (actor, values) =>
      addPlanComment(actor, values),
    );
    expect(result).toMatchObject({ ok: false, error: TEXT.invalidInput, fieldErrors: { body: [expect.any(String)] } });
  });
});

describe("the server actions, through act()", () => {
  it("answer the inline 'try again' during an outage whatever their input (a form, an editor's values)", async () => {
    await signIn("planner@example.org");
    const { addPlanCommentAction } = await import("@/app/(portal)/plans/comment-actions");
    const { savePlanAction } = await import("@/app/(portal)/plans/actions");
    const { updateReferenceTextAction } = await import("@/app/(portal)/admin/reference/actions");
    const { triageNeedAction } = await import("@/app/(portal)/needs/actions");
    await duringOutage(async () => {
      expect(await addPlanCommentAction(null, form({ planId: "seed-demo-ph-plan", body: "Typed before the outage" }))).toEqual({
        ok: false,
        error: TEXT.unavailable,
      });
      expect(await savePlanAction(null, { id: "seed-demo-ph-plan", values: { title: "Typed" } })).toEqual({
        ok: false,
        error: TEXT.unavailable,
      });
      expect(await updateReferenceTextAction(null, { kind: "end", code: "E1", version: 1, titleEn: "Typed" })).toEqual({
        ok: false,
        error: TEXT.unavailable,
      });
      expect(await triageNeedAction(null, form({ needId: "x", version: "1", step: "acknowledge" }))).toEqual({
        ok: false,
        error: TEXT.unavailable,
      });
    });
  });

  it("redirect an anonymous caller to /login", async () => {
    const { addPlanCommentAction } = await import("@/app/(portal)/plans/comment-actions");
    const { updateActivityAction } = await import("@/app/(portal)/activities/actions");
    expect(await redirectOf(addPlanCommentAction(null, form({ planId: "seed-demo-ph-plan", body: "Hello" })))).toMatch(/^\/login/);
    expect(await redirectOf(updateActivityAction(null, { id: "x", values: {} }))).toMatch(/^\/login/);
  });

  it("save for a signed-in caller who may, and refuse one who may not", async () => {
    const { setPlanFollowingAction } = await import("@/app/(portal)/plans/comment-actions");
    await signIn("liaison.ph@example.org");
    expect(await setPlanFollowingAction(null, form({ planId: "seed-demo-ph-plan", following: "true" }))).toEqual({
      ok: true,
      data: { following: true },
    });
    const { createPlanAction } = await import("@/app/(portal)/plans/actions");
    expect(await createPlanAction(null, form({ programId: "seed-program-srcp", title: "Not mine to make" }))).toEqual({
      ok: false,
      error: TEXT.notFound,
    });
  });
});
