// The activity form's own state (text as typed, rows with stable keys) and its conversion to and from
// the action's input (ActivityInput). Pure: shared by the form and its conflict view.
import type { ActivityInput } from "@/lib/validation/activity";

export interface ParticipantRow {
  key: string;
  stateCode: string;
  role: string;
  /** As typed: "" is "not recorded". */
  participantCount: string;
}

export interface ConsultationRow {
  key: string;
  heldOn: string;
  counterpart: string;
  summary: string;
}

/** The fields the form holds just as the action takes them. */
type ActivityFields = {
  programId: string;
  planId: string;
  kind: string;
  title: string;
  titleJa: string;
  description: string;
  means: string[];
  keyAreas: string[];
  startDate: string;
  endDate: string;
  location: string;
  hostStateCode: string;
  status: string;
  outcomes: string;
  frameworkCode: string;
  needIds: string[];
};

export interface ActivityFormValues extends ActivityFields {
  participants: ParticipantRow[];
  /** Why an ASEAN member is not invited, by state code (kept while the user adds and removes states). */
  reasons: Record<string, string>;
  consultations: ConsultationRow[];
}

/** What the action receives: the schema's input, with text still to be parsed by the server. */
export type ActivityPayload = ActivityFields & {
  participants: { stateCode: string; role: string; participantCount: number | null }[];
  nonInvitations: { stateCode: string; reason: string }[];
  consultations: { heldOn: string; counterpart: string; summary: string }[];
};

// Rows made on the server (the loaded values) and in the browser (added rows) must never share a key.
const keyPrefix = Math.random().toString(36).slice(2, 8);
let nextKey = 0;
/** A key for a list row: React needs one that survives reordering and removal. */
export const rowKey = () => `row-${keyPrefix}-${++nextKey}`;

export function emptyActivityValues(prefill: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return {
    programId: "",
    planId: "",
    kind: "SEMINAR",
    title: "",
    titleJa: "",
    description: "",
    means: [],
    keyAreas: [],
    startDate: "",
    endDate: "",
    location: "",
    hostStateCode: "",
    participants: [],
    status: "PLANNED",
    outcomes: "",
    frameworkCode: "",
    reasons: {},
    needIds: [],
    consultations: [],
    ...prefill,
  };
}

export function fromActivityInput(input: ActivityInput): ActivityFormValues {
  return {
    programId: input.programId,
    planId: input.planId ?? "",
    kind: input.kind,
    title: input.title,
    titleJa: input.titleJa ?? "",
    description: input.description,
    means: input.means,
    keyAreas: input.keyAreas,
    startDate: input.startDate,
    endDate: input.endDate,
    location: input.location,
    hostStateCode: input.hostStateCode ?? "",
    participants: input.participants.map((p) => ({
      key: rowKey(),
      stateCode: p.stateCode,
      role: p.role,
      participantCount: p.participantCount === null ? "" : String(p.participantCount),
    })),
    status: input.status,
    outcomes: input.outcomes,
    frameworkCode: input.frameworkCode ?? "",
    reasons: Object.fromEntries(input.nonInvitations.map((n) => [n.stateCode, n.reason])),
    needIds: input.needIds,
    consultations: input.consultations.map((c) => ({ key: rowKey(), ...c })),
  };
}

/** "" stays "" (the server reads it as not recorded); anything else goes as a number, NaN included, for the server to refuse. */
const count = (text: string): number | null => (text.trim() === "" ? null : Number(text));

/**
 * The action's input. `omitted` are the ASEAN members the activity leaves out (for a multilateral
 * program): only their reasons are sent.
 */
export function toActivityPayload(values: ActivityFormValues, omitted: string[]): ActivityPayload {
  return {
    programId: values.programId,
    planId: values.planId,
    kind: values.kind,
    title: values.title,
    titleJa: values.titleJa,
    description: values.description,
    means: [...values.means].sort(),
    keyAreas: [...values.keyAreas].sort(),
    startDate: values.startDate,
    endDate: values.endDate,
    location: values.location,
    hostStateCode: values.hostStateCode,
    participants: values.participants.map((p) => ({ stateCode: p.stateCode, role: p.role, participantCount: count(p.participantCount) })),
    status: values.status,
    outcomes: values.outcomes,
    frameworkCode: values.frameworkCode,
    nonInvitations: omitted.flatMap((stateCode) => {
      const reason = values.reasons[stateCode]?.trim();
      return reason ? [{ stateCode, reason }] : [];
    }),
    needIds: [...values.needIds].sort(),
    consultations: values.consultations.map(({ heldOn, counterpart, summary }) => ({ heldOn, counterpart, summary })),
  };
}

/** The payload with its lists in a canonical order, so that a conflict compares values, not order. */
export function comparableActivity(payload: ActivityPayload): ActivityPayload {
  const byState = <T extends { stateCode: string }>(rows: T[]) => [...rows].sort((a, b) => a.stateCode.localeCompare(b.stateCode));
  return {
    ...payload,
    participants: byState(payload.participants),
    nonInvitations: byState(payload.nonInvitations),
  };
}

/** A saved activity (a conflict's "theirs") in the payload's shape. */
export function activityInputAsPayload(input: ActivityInput): ActivityPayload {
  return toActivityPayload(
    fromActivityInput(input),
    input.nonInvitations.map((n) => n.stateCode),
  );
}

/** The parts of a program a new activity starts from. */
export interface ProgramDefaults {
  kind: string;
  partnerStateCode: string | null;
  keyAreas: string[];
  means: string[];
}

/**
 * A new activity starts from its program's key areas, means and partners (every ASEAN member for a
 * multilateral program, `aseanMembers`); whatever the user already chose is kept.
 */
export function withProgramDefaults(values: ActivityFormValues, program: ProgramDefaults, aseanMembers: string[]): ActivityFormValues {
  const partners = program.kind === "BILATERAL" && program.partnerStateCode ? [program.partnerStateCode] : aseanMembers;
  return {
    ...values,
    keyAreas: values.keyAreas.length ? values.keyAreas : program.keyAreas,
    means: values.means.length ? values.means : program.means,
    participants: values.participants.length
      ? values.participants
      : partners.map((stateCode) => ({ key: rowKey(), stateCode, role: "PARTICIPANT", participantCount: "" })),
  };
}

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

/** ASEAN members on a date typed as YYYY-MM-DD (every member, while no valid date is typed): rule H2 asks about them. */
export function aseanMembersOnDay(states: { code: string; isAsean: boolean; aseanMemberSince: string | null }[], day: string): string[] {
  return states.filter((s) => s.isAsean && s.aseanMemberSince !== null && (!isDay(day) || s.aseanMemberSince <= day)).map((s) => s.code);
}
