// The one shape of every server action (sign-in and sign-out aside, see their files):
//
//   export async function verbNounAction(previous: Previous<T>, input: FormData | Values): Promise<ActionResult<T>> {
//     const result = await act({ permission, input }, (actor, values, locale) => dataFunction(actor, values, locale));
//     ...revalidate / redirect on success...
//   }
//
// `act` resolves the actor, checks the permission, hands the input to the data function and maps
// failures, all inside one try: a database outage while the session is looked up answers the inline
// "try again" like any other outage (the form keeps what the user typed), while an anonymous or ended
// session is still redirected to /login (Next's control flow, thrown on). The data layer checks the
// permission again and scopes the record: an action is a public endpoint, and so is each data function.
import "server-only";
import { getLocale } from "next-intl/server";
import { failure, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, type Permission } from "@/lib/authz/policy";

/** An action's first argument: its previous answer, as useActionState passes it (null from an editor). */
export type Previous<T> = ActionResult<T> | null;

/** What an editor of an existing record sends: the record's id and the form's values (with their version). */
export interface RecordEdit<V = unknown> {
  id: string;
  values: V;
}

export interface ActSpec<I> {
  /**
   * The permission the action needs (lib/authz/policy.ts), refused as "not found" like the data layer
   * refuses it; "signedIn" for what any user does with their own things (notifications).
   */
  permission: Permission | "signedIn";
  /** The action's input as it arrived: FormData from a form, values from an editor. */
  input: I;
  /** FormData fields that repeat (ticked boxes), handed on as lists. */
  lists?: readonly string[];
}

/** What the data function gets: a form's fields as an object, anything else as it came. */
export type Handed<I> = I extends FormData ? Record<string, unknown> : I;

export async function act<I, T>(
  { permission, input, lists = [] }: ActSpec<I>,
  work: (actor: Actor, input: Handed<I>, locale: string) => Promise<T>,
): Promise<ActionResult<T>> {
  const locale = await getLocale();
  let actor: Actor | undefined;
  try {
    actor = await requireActor();
    if (permission !== "signedIn") assertCan(actor, permission);
    return { ok: true, data: await work(actor, handed(input, lists), locale) };
  } catch (error) {
    // With the actor, rule messages name states in the user's language (H1, H2, T4).
    return failure(error, locale, actor);
  }
}

function handed<I>(input: I, lists: readonly string[]): Handed<I> {
  if (!(input instanceof FormData)) return input as Handed<I>;
  const fields: Record<string, unknown> = Object.fromEntries(input);
  for (const name of lists) fields[name] = input.getAll(name);
  return fields as Handed<I>;
}

/**
 * The id and values of a RecordEdit, whatever a caller sent: a missing id is no record ("not found"),
 * missing values are invalid input, both answered by the data function.
 */
export function recordEdit(input: unknown): { id: string; values: unknown } {
  const { id, values } = (input !== null && typeof input === "object" ? input : {}) as Partial<Record<"id" | "values", unknown>>;
  return { id: typeof id === "string" ? id : "", values };
}

/** A server action as a client component receives it (a prop from the page that renders it). */
export type Action<T, I = FormData> = (previous: Previous<T>, input: I) => Promise<ActionResult<T>>;
