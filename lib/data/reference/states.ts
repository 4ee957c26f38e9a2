import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, programScope } from "@/lib/data/scope";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/i18n/locales";
import { namesByCode } from "@/lib/i18n/localized";
import { programRef, stateRef } from "@/lib/data/selects";

/** Partner states are public reference data; the counts beside them are scoped to the actor. */
export async function listStates(actor: Actor) {
  assertCan(actor, "state:read");
  return scopedDb(actor).partnerState.findMany({
    select: {
      ...stateRef,
      iso3: true,
      aseanMemberSince: true,
      admmPlus: true,
      _count: { select: { participations: { where: { activity: activityScope(actor) } } } },
    },
    orderBy: { sortOrder: "asc" },
  });
}

/** Every state's name by its code, in both languages: for rule messages, which cite states by code. */
export async function getStateNames(actor: Actor): Promise<Record<Locale, Record<string, string>>> {
  assertCan(actor, "state:read");
  return namesByCode(await scopedDb(actor).partnerState.findMany({ select: { code: true, nameEn: true, nameJa: true } }));
}

/** The name of a state, for headings. */
export async function getStateRef(actor: Actor, code: string) {
  assertCan(actor, "state:read");
  const state = await scopedDb(actor).partnerState.findUnique({ where: { code: code.toUpperCase() }, select: stateRef });
  if (!state) throw new NotFoundError("state");
  return state;
}

export async function getState(actor: Actor, code: string) {
  assertCan(actor, "state:read");
  if (!/^[A-Za-z]{2}$/.test(code)) throw new NotFoundError("state");
  const stateCode = code.toUpperCase();
  const state = await scopedDb(actor).partnerState.findUnique({
    where: { code: stateCode },
    select: { ...stateRef, iso3: true, aseanMemberSince: true, admmPlus: true },
  });
  if (!state) throw new NotFoundError("state");
  // Its activities are the activity list's, filtered on the state (listActivities): paged there.
  const programs = await scopedDb(actor).program.findMany({
    where: { AND: [programScope(actor), { partnerStates: { some: { code: stateCode } } }] },
    select: programRef,
    orderBy: [{ kind: "desc" }, { nameEn: "asc" }],
  });
  return { ...state, programs };
}
