// Illustrative after-action reports, follow-up actions and partner feedback for the demo's conducted
// activities: written from the activity's own kind, place, dates, head counts and states, so that each
// report reads as that activity's. Deterministic (a hash of each activity's id decides, never the clock):
// most conducted activities have a report; a few that ended more than 30 days before DEMO_TODAY have
// none (rule T7 shows them); follow-ups mix closed, open and past due; feedback comes from some of the
// states that took part, never from another. Every record is illustrative. Run after the demo's
// activities (and plans' indicators, which a report links when its plan has any) are written.
import type { ActivityKind, PrismaClient } from "@/generated/prisma/client";
import { AFTER_ACTION_DUE_DAYS } from "@/lib/domain/after-action";
import { DEMO_TODAY } from "./demo";
import { ASEAN_CODES, stateName } from "./states";
import type { ActivitySeed } from "./types";
import { liaisonEmail } from "./users";
import type { StepResult } from "./write";

const DAY_MS = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** FNV-1a of a key, as a number in 0..1: the same choice for the same activity on every run. */
function chance(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

interface Texts {
  doneVsPlanned: (a: ActivitySeed, who: string, people: number) => string;
  results: (a: ActivitySeed, who: string, people: number) => string;
  lessons: string;
  followUps: { action: string; owner: string }[];
}

const days = (a: ActivitySeed) => Math.round((a.endDate.getTime() - a.startDate.getTime()) / DAY_MS) + 1;
const span = (a: ActivitySeed) => (days(a) === 1 ? "one day" : `${days(a)} days`);

// What each kind of activity reports: what took place against the plan, what came of it, the lesson,
// and the follow-ups that such an activity typically leaves.
const TEXTS: Record<ActivityKind, Texts> = {
  SEMINAR: {
    doneVsPlanned: (a, who, n) =>
      `"${a.title}" took place in ${a.location} over ${span(a)} as planned, with ${n} participants from ${who}. All sessions were held; the table-top discussion ran an hour longer than scheduled at the participants' request.`,
    results: (_a, who) =>
      `Participants from ${who} compared their procedures and agreed on points of contact for the topics discussed. The closing discussion produced a short list of shared challenges for the next round.`,
    lessons:
      "Circulate the case studies two weeks ahead: participants who had read them contributed most. Plan interpretation for the break-out groups as well as the plenary.",
    followUps: [
      {
        action: "Send the seminar summary and the list of points of contact to the participating states",
        owner: "JMOD International Policy Division",
      },
      { action: "Propose topics for the next round, drawn from the shared challenges", owner: "JMOD Defense Cooperation Office" },
    ],
  },
  TRAINING: {
    doneVsPlanned: (a, _who, n) =>
      `The training in ${a.location} ran over ${span(a)} with ${n} trainees. The theory modules were delivered as planned; one practical module was shortened because of the weather and completed in the classroom.`,
    results: (_a, _who, n) =>
      `${n} trainees completed the course; the instructors assessed most of them as able to pass the skills on to their own units. Two trainees were identified as future instructors.`,
    lessons:
      "Keep a reserve day for the practical part in the rainy season. The partner's own instructors should co-teach from the start to prepare the hand-over.",
    followUps: [
      { action: "Send the training materials in the partner's language for its own courses", owner: "JGSDF Ground Staff Office" },
      { action: "Agree with the partner on the two future instructors' follow-on training", owner: "JMOD Capacity Building Office" },
      { action: "Deliver the shortened practical module at the next session", owner: "JMOD Capacity Building Office" },
    ],
  },
  COURSE: {
    doneVsPlanned: (a, _who, n) =>
      `The course in ${a.location} ran over ${span(a)} with ${n} participants, following the syllabus. The final exercise was held on the last day as scheduled.`,
    results: (_a, who) => `Participants from ${who} passed the final assessment. Their feedback rated the practical sessions highest.`,
    lessons: "The syllabus fits the time available only if the preparatory reading is sent a month ahead.",
    followUps: [
      { action: "Update the syllabus with the participants' comments", owner: "JMSDF Staff Office" },
      { action: "Send the certificates through the defense attachés", owner: "JMOD International Policy Division" },
    ],
  },
  EXERCISE: {
    doneVsPlanned: (a, who, n) =>
      `The exercise in ${a.location} took place over ${span(a)} with ${n} personnel from ${who}. All planned serials were run; one communications serial was repeated after a frequency conflict.`,
    results: () =>
      "The participants exercised a combined response under one coordination cell and confirmed the communication plan. Procedures for requesting assistance were tested end to end.",
    lessons:
      "Agree on frequencies and call signs at the planning conference, not on arrival. A liaison officer in each national cell sped up every request.",
    followUps: [
      { action: "Circulate the revised communication plan to the participating states", owner: "Joint Staff J5" },
      { action: "Hold a short after-action conference with the partners' planners", owner: "Joint Staff J5" },
    ],
  },
  VISIT: {
    doneVsPlanned: (a, _who, n) =>
      `The visit to ${a.location} took place over ${span(a)} with a delegation of ${n}. Every planned call and site visit was held; one call was moved to the second day at the host's request.`,
    results: (_a, who) =>
      `The delegation and its hosts from ${who} reviewed the cooperation under way and agreed on the next steps of the plan.`,
    lessons: "Send the list of questions to the host a week ahead: it made every call more concrete.",
    followUps: [{ action: "Send the record of the talks to the host for confirmation", owner: "JMOD International Policy Division" }],
  },
  EQUIPMENT_HANDOVER: {
    doneVsPlanned: (a) => `The equipment was handed over in ${a.location} as planned, with the operator training on the same day.`,
    results: () => "The partner's operators took charge of the equipment and ran it under supervision.",
    lessons: "Deliver the maintenance manuals before the hand-over, in the partner's language.",
    followUps: [
      { action: "Confirm the maintenance arrangements with the partner", owner: "Acquisition, Technology & Logistics Agency" },
      { action: "Plan the first maintenance visit", owner: "Acquisition, Technology & Logistics Agency" },
    ],
  },
  MEETING: {
    doneVsPlanned: (a, who) =>
      `The meeting in ${a.location} took place as planned with the delegations of ${who}; the agenda was covered in full.`,
    results: () => "The delegations agreed on the programme of the coming fiscal year and on the dates of the next meeting.",
    lessons: "Share the draft programme three weeks ahead so that delegations arrive with their positions.",
    followUps: [{ action: "Circulate the record of the meeting and the agreed programme", owner: "JMOD International Policy Division" }],
  },
  OTHER: {
    doneVsPlanned: (a) => `The activity in ${a.location} took place as planned.`,
    results: () => "The participants reached the activity's objectives.",
    lessons: "",
    followUps: [{ action: "Send the record of the activity to the participants", owner: "JMOD International Policy Division" }],
  },
};

const COMMENTS: Record<number, string> = {
  5: "Very useful: our officers apply what they learned in their units, and we would welcome the next round.",
  4: "Useful and well organised. More time for the practical part would help our personnel.",
  3: "Useful in parts. We suggest adapting the content more closely to our own procedures.",
};

/** The report of a conducted activity, or null for one left without (none yet, or overdue: T7). */
function reportOf(a: ActivitySeed) {
  const ended = Math.round((DEMO_TODAY.getTime() - a.endDate.getTime()) / DAY_MS);
  // The last month's activities are mostly not reported yet; of the older ones, about one in twelve is overdue.
  if (ended < AFTER_ACTION_DUE_DAYS ? chance(`${a.id}:recent`) < 0.6 : chance(`${a.id}:report`) < 0.08) return null;
  const texts = TEXTS[a.kind];
  const taking = a.participants.filter((p) => p.stateCode !== "JP");
  const who = taking.length > 3 ? `${taking.length} states` : taking.map((p) => stateName(p.stateCode)).join(", ") || "the partner";
  const people = a.participants.reduce((sum, p) => sum + (p.participantCount ?? 0), 0);
  const followUps = texts.followUps.map((f, position) => {
    const dueDate = addDays(a.endDate, 30 + 30 * position + Math.floor(chance(`${a.id}:due:${position}`) * 30));
    // Most follow-ups due before the demo's today are closed (a little before they fell due); some are
    // still open past due, and those not yet due are open.
    const closed = dueDate < DEMO_TODAY && chance(`${a.id}:closed:${position}`) < 0.85;
    return {
      id: `seed-demo-followup-${a.id}-${position + 1}`,
      position,
      action: f.action,
      owner: f.owner,
      dueDate,
      closedOn: closed ? addDays(dueDate, -Math.floor(chance(`${a.id}:early:${position}`) * 10)) : null,
    };
  });
  return {
    id: `seed-demo-report-${a.id}`,
    activityId: a.id,
    doneVsPlanned: texts.doneVsPlanned(a, who, people),
    results: texts.results(a, who, people),
    lessons: texts.lessons,
    illustrative: true,
    createdAt: addDays(a.endDate, 5 + Math.floor(chance(`${a.id}:written`) * 20)),
    followUps,
  };
}

/** Feedback from some of the ASEAN states that took part (each has a liaison officer): about half of them. */
function feedbackOf(a: ActivitySeed, authorOf: (state: string) => string | undefined) {
  return a.participants
    .filter((p) => ASEAN_CODES.includes(p.stateCode) && chance(`${a.id}:${p.stateCode}:feedback`) < 0.5)
    .map((p) => {
      const usefulness = 3 + Math.floor(chance(`${a.id}:${p.stateCode}:usefulness`) * 3);
      const fit = Math.max(2, Math.min(5, usefulness + Math.floor(chance(`${a.id}:${p.stateCode}:fit`) * 3) - 1));
      return {
        id: `seed-demo-feedback-${a.id}-${p.stateCode.toLowerCase()}`,
        activityId: a.id,
        stateCode: p.stateCode,
        usefulness,
        fit,
        comment: COMMENTS[usefulness] ?? "",
        authorId: authorOf(p.stateCode) ?? null,
        illustrative: true,
        createdAt: addDays(a.endDate, 3 + Math.floor(chance(`${a.id}:${p.stateCode}:when`) * 10)),
      };
    });
}

/**
 * Writes the reports (with follow-ups and the first indicator of the activity's plan, when it has
 * one) and feedback of the demo's conducted activities. Existing seeded records are kept, or rewritten
 * with `refresh`; an activity no longer conducted in the database (a user changed it) gets none.
 */
export async function writeAfterAction(
  prisma: PrismaClient,
  activities: ActivitySeed[],
  idByEmail: Map<string, string>,
  refresh: boolean,
): Promise<StepResult[]> {
  // The documented rounds too: their reports are the demo's own, badged illustrative like every one here.
  const candidates = activities.filter((a) => a.status === "CONDUCTED");
  const conducted = new Set(
    (
      await prisma.activity.findMany({
        where: { id: { in: candidates.map((a) => a.id) }, status: "CONDUCTED" },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const chosen = candidates.filter((a) => conducted.has(a.id));
  const reports = chosen.flatMap((a) => reportOf(a) ?? []);
  const feedback = chosen.flatMap((a) => feedbackOf(a, (state) => idByEmail.get(liaisonEmail(state))));

  const reportIds = reports.map((r) => r.id);
  const feedbackIds = feedback.map((f) => f.id);
  const existingReports = await prisma.afterActionReport.count({ where: { id: { in: reportIds } } });
  const existingFeedback = await prisma.partnerFeedback.count({ where: { id: { in: feedbackIds } } });
  if (refresh) {
    await prisma.afterActionReport.deleteMany({ where: { id: { in: reportIds } } });
    await prisma.partnerFeedback.deleteMany({ where: { id: { in: feedbackIds } } });
  }
  // One report and one feedback per state and activity: a user's own (not the seed's) is kept as it is.
  await prisma.afterActionReport.createMany({
    data: reports.map(({ id, activityId, doneVsPlanned, results, lessons, illustrative, createdAt }) => ({
      id,
      activityId,
      doneVsPlanned,
      results,
      lessons,
      illustrative,
      createdAt,
      updatedAt: createdAt,
    })),
    skipDuplicates: true,
  });
  const written = new Set(
    (await prisma.afterActionReport.findMany({ where: { id: { in: reportIds } }, select: { id: true } })).map((r) => r.id),
  );
  await prisma.followUpAction.createMany({
    data: reports.filter((r) => written.has(r.id)).flatMap((r) => r.followUps.map((f) => ({ ...f, reportId: r.id }))),
    skipDuplicates: true,
  });
  // The indicators a report served: the first of its plan's, when the plan has any.
  const planOf = new Map(chosen.map((a) => [a.id, a.planId]));
  const planIds = [...new Set(chosen.flatMap((a) => (a.planId ? [a.planId] : [])))];
  const indicators = await prisma.planIndicator.findMany({
    where: { planId: { in: planIds } },
    select: { id: true, planId: true },
    orderBy: [{ planId: "asc" }, { position: "asc" }, { id: "asc" }],
  });
  const firstIndicator = new Map<string, string>();
  for (const indicator of indicators) if (!firstIndicator.has(indicator.planId)) firstIndicator.set(indicator.planId, indicator.id);
  for (const report of reports) {
    const planId = planOf.get(report.activityId);
    const indicatorId = planId ? firstIndicator.get(planId) : undefined;
    if (indicatorId && written.has(report.id)) {
      await prisma.afterActionReport.update({
        where: { id: report.id },
        data: { indicators: { connect: { id: indicatorId } } },
        select: { id: true },
      });
    }
  }
  await prisma.partnerFeedback.createMany({
    data: feedback.map((f) => ({ ...f, updatedAt: f.createdAt })),
    skipDuplicates: true,
  });
  const step = (label: string, total: number, existing: number): StepResult => ({
    label,
    created: total - existing,
    updated: refresh ? existing : 0,
    kept: refresh ? 0 : existing,
  });
  return [step("AfterActionReport", reports.length, existingReports), step("PartnerFeedback", feedback.length, existingFeedback)];
}
