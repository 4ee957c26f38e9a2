// Illustrative demo data: activities, multi-year plans, partner needs and plan comments generated
// from prisma/seed/demo-content.ts with a seeded PRNG, so every run builds exactly the same records.
// Every record is illustrative = true. "Today" for the demo is fixed (DEMO_TODAY) for the same reason.
import type { ActivityStatus, MilestoneStatus, ParticipantRole, PlanStatus } from "@/generated/prisma/client";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "@/lib/fiscal-year";
import type { ActivitySeed, CommentSeed, ConsultationSeed, DemoData, NeedSeed, PlanSeed, PlanYearSeed, ProgramSeed } from "./types";
import { day } from "./types";
import {
  BILATERAL_CONTENT,
  MULTILATERAL_CONTENT,
  SINGAPORE_PROGRAM,
  type ActivityTemplate,
  type PlanWindow,
  type ProgramContent,
  type TopicContent,
} from "./demo-content";
import { PROGRAM_IDS } from "./programs";
import { TL_NOT_YET_MEMBER_REASON, aseanMembersOn, aseanNonMembersOn, stateName } from "./states";
import { PLANNER2_EMAIL, PLANNER_EMAIL, liaisonEmail } from "./users";

export const DEMO_TODAY = day("2026-11-28");

const DAY_MS = 86_400_000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const at = (date: Date, hourUtc: number) => new Date(date.getTime() + hourUtc * 3_600_000);

// ---------------------------------------------------------------- deterministic randomness

/** mulberry32 seeded by an FNV-1a hash of a key: one independent stream per program. */
export class Rng {
  private state: number;
  constructor(key: string) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    this.state = h >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return this.pick(items);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return out;
  }
  /** `count` distinct items, in their original order. */
  subset<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set(
      this.sample(
        items.map((_, i) => i),
        count,
      ),
    );
    return items.filter((_, i) => chosen.has(i));
  }
}

// ---------------------------------------------------------------- shared helpers

const CAPITALS: Record<string, string> = {
  BN: "Bandar Seri Begawan",
  KH: "Phnom Penh",
  ID: "Jakarta",
  LA: "Vientiane",
  MY: "Kuala Lumpur",
  PH: "Manila",
  SG: "Singapore",
  TH: "Bangkok",
  TL: "Dili",
  VN: "Hanoi",
};

const OBSERVER_CANDIDATES = ["AU", "IN", "NZ", "KR", "US"];
// Timor-Leste was granted ASEAN observer status in principle in November 2022.
const TL_OBSERVER_FROM = day("2022-11-11");

const MULTILATERAL_NAMES: Record<string, string> = {
  [PROGRAM_IDS.srcp]: "Ship Rider Cooperation Program",
  [PROGRAM_IDS.hadr]: "HA/DR Invitation Program",
  [PROGRAM_IDS.pap]: "Professional Airmanship Program",
};

function topicActiveOn(topic: TopicContent, date: Date): boolean {
  if (topic.activeFrom && date < day(topic.activeFrom)) return false;
  if (topic.activeTo && date > day(topic.activeTo)) return false;
  return true;
}

function topicActiveInYear(topic: TopicContent, fy: number): boolean {
  const start = fiscalYearStart(fy);
  const end = fiscalYearEnd(fy);
  return !(topic.activeFrom && end < day(topic.activeFrom)) && !(topic.activeTo && start > day(topic.activeTo));
}

function headCount(rng: Rng, kind: ActivitySeed["kind"]): number {
  switch (kind) {
    case "SEMINAR":
      return rng.int(15, 50);
    case "TRAINING":
    case "COURSE":
      return rng.int(8, 20);
    case "EXERCISE":
      return rng.int(10, 30);
    case "MEETING":
      return rng.int(4, 10);
    default:
      return rng.int(3, 8);
  }
}

function activityStatus(rng: Rng, start: Date, end: Date): ActivityStatus {
  if (end < DEMO_TODAY) {
    if (fiscalYearOf(start) === 2020) return rng.chance(0.25) ? "CANCELLED" : "CONDUCTED";
    const r = rng.next();
    if (r < 0.04) return "CANCELLED";
    if (r < 0.07) return "POSTPONED";
    return "CONDUCTED";
  }
  if (start <= DEMO_TODAY) return "CONFIRMED";
  const r = rng.next();
  if (r < 0.05) return "POSTPONED";
  if (r < 0.07) return "CANCELLED";
  const daysAhead = (start.getTime() - DEMO_TODAY.getTime()) / DAY_MS;
  return daysAhead <= 120 && rng.chance(0.75) ? "CONFIRMED" : "PLANNED";
}

function outcomeText(rng: Rng, topic: TopicContent, count: number, multilateral: boolean): string {
  if (multilateral) {
    return rng.pick([
      `${count} ${topic.trainees} from every ASEAN member state took part and shared national practice on ${topic.nameEn}.`,
      `Participants compared their services' practice on ${topic.nameEn} and proposed topics for the next session.`,
      `The session met its objectives; participants asked for a follow-up seminar hosted by an ASEAN member state.`,
    ]);
  }
  return rng.pick([
    `${count} ${topic.trainees} took part in the ${topic.nameEn} programme; partner instructors led part of the practical sessions.`,
    `Participants practised ${topic.nameEn} procedures and agreed the topics of the next session.`,
    `Lessons in ${topic.nameEn} were shared; the partner asked to include instructors from regional units next time.`,
    `The session met its objectives; an after-action review with the partner identified follow-up training in ${topic.nameEn}.`,
  ]);
}

// ---------------------------------------------------------------- plans

interface PlanIndex {
  /** Latest revision covering a fiscal year of a program. */
  planFor(programId: string, fy: number): PlanSeed | undefined;
  /** The program's most recent plan that is not archived. */
  current(programId: string): PlanSeed | undefined;
}

function shortCounterpart(content: ProgramContent): string {
  return content.stateCode ? `the ${stateName(content.stateCode)} counterpart` : "the ASEAN member states";
}

function bilateralObjectives(rng: Rng, content: ProgramContent, topics: TopicContent[], phase: "first" | "middle" | "last"): string[] {
  const who = shortCounterpart(content);
  const lines = topics.flatMap((t) => {
    switch (phase) {
      case "first":
        return [
          `Agree the ${t.nameEn} training programme and trainee selection with ${who}`,
          `Assess the current ${t.nameEn} capabilities of the ${t.trainees}`,
          `Train a first cohort of ${t.trainees} in ${t.nameEn}`,
        ];
      case "middle":
        return [
          `Train ${rng.int(2, 6) * 5} ${t.trainees} in ${t.nameEn}`,
          `Qualify partner instructors in ${t.nameEn}`,
          `Review the results of the ${t.nameEn} training jointly with ${who}`,
        ];
      case "last":
        return [
          `Partner instructors deliver the ${t.nameEn} course with JSDF advice only`,
          `Hand over the ${t.nameEn} course materials and training records`,
          `Evaluate the outcomes of the ${t.nameEn} cooperation with ${who}`,
        ];
    }
  });
  return rng.subset(lines, rng.int(1, Math.min(3, lines.length)));
}

function multilateralObjectives(rng: Rng, name: string, phase: "first" | "middle" | "last"): string[] {
  const lines = {
    first: [
      `Agree the year's ${name} schedule with the ASEAN member states`,
      `Invite officers of every ASEAN member state to the ${name} session`,
      `Hold the ${name} session with officers of every ASEAN member state`,
    ],
    middle: [
      `Hold the ${name} session with officers of every ASEAN member state`,
      `Hold an alumni seminar co-hosted by an ASEAN member state`,
      `Share the session's materials with the relevant ADMM-Plus Experts' Working Group`,
    ],
    last: [
      `Hold the ${name} session with officers of every ASEAN member state`,
      `Review the ${name} with the ASEAN member states and agree the next plan`,
      `Publish a summary of the plan period's outcomes for the ASEAN member states`,
    ],
  }[phase];
  return rng.subset(lines, rng.int(1, 3));
}

function milestoneTitles(rng: Rng, content: ProgramContent, topics: TopicContent[], phase: "first" | "middle" | "last"): string[] {
  if (!content.stateCode) {
    const name = MULTILATERAL_NAMES[content.programId] ?? "Program";
    const lines = [
      "Invitations sent to every ASEAN member state",
      `${name} session held`,
      "Alumni seminar held",
      "Annual review with the ASEAN member states",
    ];
    return rng.subset(lines, rng.int(1, 3));
  }
  const t = rng.pick(topics);
  const cap = t.nameEn.charAt(0).toUpperCase() + t.nameEn.slice(1);
  const lines = {
    first: [`${cap} curriculum agreed with the partner`, "Trainee selection confirmed", `First ${t.nameEn} session held`],
    middle: [`${cap} training session held`, "Instructor qualification review", "Annual review meeting with the partner"],
    last: [`${cap} course run by partner instructors`, `Hand-over of ${t.nameEn} materials`, "Final evaluation meeting"],
  }[phase];
  return rng.subset(lines, rng.int(1, 3));
}

const BILATERAL_BUDGET = [
  "Travel of JSDF instructors",
  "Invitation of partner personnel to Japan",
  "Training materials and equipment",
  "Interpretation and translation",
];
const MULTILATERAL_BUDGET = [
  "Travel and accommodation of ASEAN participants",
  "Venue, interpretation and translation",
  "Travel of JSDF staff",
  "Seminar materials",
];

function milestoneStatus(rng: Rng, due: Date, planStatus: PlanStatus): MilestoneStatus {
  if (due >= DEMO_TODAY) return "PENDING";
  if (planStatus === "ARCHIVED") return rng.chance(0.9) ? "DONE" : "DELAYED";
  return rng.chance(0.75) ? "DONE" : "DELAYED";
}

function planYears(rng: Rng, content: ProgramContent, window: PlanWindow, status: PlanStatus): PlanYearSeed[] {
  const years: PlanYearSeed[] = [];
  for (let fy = window.first; fy <= window.last; fy++) {
    const phase = fy === window.first ? "first" : fy === window.last ? "last" : "middle";
    if (window.incomplete && fy === window.last) {
      years.push({ fiscalYear: fy, objectives: [], milestones: [], budget: [] });
      continue;
    }
    const topics = content.topics.filter((t) => topicActiveInYear(t, fy));
    const usable = topics.length > 0 ? topics : content.topics;
    const objectives = content.stateCode
      ? bilateralObjectives(rng, content, rng.sample(usable, rng.int(1, Math.min(2, usable.length))), phase)
      : multilateralObjectives(rng, MULTILATERAL_NAMES[content.programId] ?? "program", phase);
    // Due dates spread over the fiscal year: end of June, October and February.
    const dueDates = [day(`${fy}-06-30`), day(`${fy}-10-31`), day(`${fy + 1}-02-28`)];
    const titles = milestoneTitles(rng, content, usable, phase);
    const milestones = titles.map((title, i) => {
      const dueDate = dueDates[titles.length === 1 ? 1 : i] as Date;
      return { title, dueDate, status: milestoneStatus(rng, dueDate, status) };
    });
    const labels = rng.subset(content.stateCode ? BILATERAL_BUDGET : MULTILATERAL_BUDGET, rng.int(2, 3));
    const budget = labels.map((label) => ({ label, amountJpy: BigInt(rng.int(10, 250) * 100_000) }));
    years.push({ fiscalYear: fy, objectives, milestones, budget });
  }
  return years;
}

function planTitle(content: ProgramContent, window: PlanWindow): string {
  const span = `FY${window.first}–FY${window.last}`;
  if (content.stateCode) return `${stateName(content.stateCode)} capacity-building plan, ${span}`;
  return `${MULTILATERAL_NAMES[content.programId] ?? "Program"} plan, ${span}`;
}

function planSummary(content: ProgramContent, window: PlanWindow): string {
  const span = `FY${window.first}–FY${window.last}`;
  if (!content.stateCode) {
    return `Multi-year plan for the ${MULTILATERAL_NAMES[content.programId]} in ${span}, open to every ASEAN member state.`;
  }
  const years = Array.from({ length: window.last - window.first + 1 }, (_, i) => window.first + i);
  const topics = content.topics.filter((t) => years.some((fy) => topicActiveInYear(t, fy)));
  const names = topics.map((t) => t.nameEn);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");
  return `Multi-year plan for cooperation with ${stateName(content.stateCode)} in ${list}, ${span}, prepared with the partner's defence authorities.`;
}

function buildPlans(contents: ProgramContent[], partnerStatesOf: (programId: string) => string[]): { plans: PlanSeed[]; index: PlanIndex } {
  const plans: PlanSeed[] = [];
  let authorTurn = 0;
  for (const content of contents) {
    const rng = new Rng(`plans:${content.slug}`);
    let previous: PlanSeed | undefined;
    for (const window of content.planWindows) {
      const revision = window.supersedesPrevious && previous ? previous.revision + 1 : 1;
      const id = window.id ?? `seed-demo-plan-${content.slug}-fy${window.first}${revision > 1 ? `-r${revision}` : ""}`;
      const authorEmail = authorTurn++ % 2 === 0 ? PLANNER_EMAIL : PLANNER2_EMAIL;
      const approverEmail = authorEmail === PLANNER_EMAIL ? PLANNER2_EMAIL : PLANNER_EMAIL;
      const status = window.status;

      // Lifecycle dates: shared a few months before the first fiscal year (a revision: after the
      // first revision's approval), submitted a month later, approved a few weeks after that; the
      // whole chain moved back when it would end after DEMO_TODAY. A draft returned from review was
      // shared and submitted before, and keeps both, as returnToDraft does: its partners see only
      // that it is being revised.
      const wasShared = status !== "DRAFT" || window.returned === true;
      const wasSubmitted = status === "IN_REVIEW" || status === "APPROVED" || status === "ARCHIVED" || window.returned === true;
      const wasApproved = status === "APPROVED" || status === "ARCHIVED";
      let shared =
        revision > 1 && previous?.approvedAt
          ? addDays(previous.approvedAt, rng.int(150, 200))
          : addDays(fiscalYearStart(window.first), -rng.int(90, 150));
      let submitted = addDays(shared, rng.int(20, 40));
      let approved = addDays(submitted, rng.int(7, 25));
      const last = wasApproved ? approved : wasSubmitted ? submitted : shared;
      // Plans still in flight (shared, in review) were shared or submitted a few weeks ago.
      const inFlight = status === "SHARED" || status === "IN_REVIEW";
      const latest = addDays(DEMO_TODAY, inFlight ? -rng.int(25, 60) : -rng.int(3, 20));
      if (last > latest || inFlight) {
        const shift = last.getTime() - latest.getTime();
        shared = new Date(shared.getTime() - shift);
        submitted = new Date(submitted.getTime() - shift);
        approved = new Date(approved.getTime() - shift);
      }
      const createdAt = minDate(addDays(shared, -rng.int(20, 60)), addDays(DEMO_TODAY, -30));

      const consultationCount = status === "ARCHIVED" ? 1 : 2;
      const consultations: ConsultationSeed[] = [];
      for (let i = 0; i < consultationCount; i++) {
        const heldOn = day(addDays(createdAt, rng.int(0, 25)).toISOString().slice(0, 10));
        consultations.push({
          id: `${id}-consult-${i + 1}`,
          heldOn,
          counterpart: rng.pick(content.counterparts),
          summary: content.stateCode
            ? `Reviewed the partner's priorities for FY${window.first}–FY${window.last}; the partner confirmed the proposed fields, trainee groups and schedule.`
            : `Presented the draft plan for FY${window.first}–FY${window.last}; the ASEAN member states' comments were reflected in the schedule.`,
        });
      }

      const plan: PlanSeed = {
        id,
        programId: content.programId,
        title: planTitle(content, window),
        firstFiscalYear: window.first,
        lastFiscalYear: window.last,
        status,
        revision,
        supersedesId: revision > 1 && previous ? previous.id : null,
        summary: planSummary(content, window),
        sustainment: window.incomplete ? "" : content.sustainment,
        authorEmail,
        approverEmail: wasApproved ? approverEmail : null,
        sharedAt: wasShared ? at(shared, 1) : null,
        sharedWith: wasShared ? partnerStatesOf(content.programId) : [],
        submittedAt: wasSubmitted ? at(submitted, 2) : null,
        approvedAt: wasApproved ? at(approved, 3) : null,
        returnReason: window.returned
          ? "Please re-phase the FY2027 budget after the latest consultation with the partner and resubmit."
          : null,
        years: planYears(rng, content, window, status),
        consultations,
        illustrative: true,
        createdAt,
      };
      plans.push(plan);
      previous = plan;
    }
  }

  const superseded = new Set(plans.map((p) => p.supersedesId).filter((id): id is string => id !== null));
  const live = plans.filter((p) => !superseded.has(p.id));
  const index: PlanIndex = {
    planFor: (programId, fy) => live.find((p) => p.programId === programId && p.firstFiscalYear <= fy && fy <= p.lastFiscalYear),
    current: (programId) => live.filter((p) => p.programId === programId && p.status !== "ARCHIVED").at(-1),
  };
  return { plans, index };
}

// ---------------------------------------------------------------- activities

interface GeneratedActivity {
  seed: ActivitySeed;
  topicKey: string | null;
}

function participantsFor(
  rng: Rng,
  content: ProgramContent,
  template: ActivityTemplate,
  start: Date,
  conducted: boolean,
  hostStateCode: string | null,
): Pick<ActivitySeed, "participants" | "nonInvitations"> {
  const count = (n: () => number) => (conducted ? n() : null);
  if (content.stateCode) {
    const role: ParticipantRole = hostStateCode === content.stateCode ? "HOST" : "PARTICIPANT";
    return {
      participants: [{ stateCode: content.stateCode, role, participantCount: count(() => headCount(rng, template.kind)) }],
      nonInvitations: [],
    };
  }
  // Multilateral (rule H2): every ASEAN member on the date, or a recorded reason.
  const participants: ActivitySeed["participants"] = aseanMembersOn(start).map((stateCode) => ({
    stateCode,
    role: stateCode === hostStateCode ? "HOST" : "PARTICIPANT",
    participantCount: count(() => rng.int(1, 4)),
  }));
  const nonInvitations: ActivitySeed["nonInvitations"] = [];
  for (const stateCode of aseanNonMembersOn(start)) {
    if (start >= TL_OBSERVER_FROM && rng.chance(0.5)) {
      participants.push({ stateCode, role: "OBSERVER", participantCount: count(() => 1) });
    } else {
      nonInvitations.push({ stateCode, reason: TL_NOT_YET_MEMBER_REASON });
    }
  }
  return { participants, nonInvitations };
}

function generateActivities(content: ProgramContent, plans: PlanIndex): GeneratedActivity[] {
  const rng = new Rng(`activities:${content.slug}`);
  const out: GeneratedActivity[] = [];
  let n = 0;
  for (let fy = content.firstFy; fy <= content.lastFy; fy++) {
    let count = 1;
    if (rng.chance(content.extraPerYear)) count++;
    if (content.extraPerYear > 1 && rng.chance(content.extraPerYear - 1)) count++;
    // Distinct months of the fiscal year (0 = April).
    const months = rng.sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], count).sort((a, b) => a - b);
    // Dashboards show what is coming: every active program has something in the months ahead.
    const todayMonth = (DEMO_TODAY.getUTCMonth() + 9) % 12;
    if (fy === fiscalYearOf(DEMO_TODAY) && todayMonth < 11 && !months.some((m) => m > todayMonth)) {
      months.push(rng.int(todayMonth + 1, 11));
    }
    for (const m of months) {
      const month = (3 + m) % 12;
      const year = m <= 8 ? fy : fy + 1;
      const start = new Date(Date.UTC(year, month, rng.int(1, 24)));
      const topics = content.topics.filter((t) => topicActiveOn(t, start));
      if (topics.length === 0) continue;
      const topic = rng.pickWeighted(topics, (t) => t.weight ?? 1);
      const template = rng.pick(topic.activities);
      const end = addDays(start, rng.int(template.days[0], template.days[1]) - 1);
      let status = activityStatus(rng, start, end);
      // FY2020 (the pandemic): talks moved online, hands-on activities were cancelled.
      const canGoOnline = template.kind === "SEMINAR" || template.kind === "MEETING" || template.kind === "COURSE";
      if (fy === 2020 && status === "CONDUCTED" && template.where !== "online" && !canGoOnline) status = "CANCELLED";
      const online = fy === 2020 && status === "CONDUCTED" && template.where !== "online";

      let hostStateCode: string | null;
      let location = template.location;
      if (online || template.where === "online") {
        hostStateCode = null;
        location = "Online";
      } else if (template.where === "partner") {
        hostStateCode = content.stateCode;
      } else if (template.where === "japan") {
        hostStateCode = "JP";
      } else {
        // Hosted in turn by an ASEAN member (never one that was not yet a member).
        hostStateCode = rng.pick(aseanMembersOn(start).filter((c) => c !== "MM"));
        location = CAPITALS[hostStateCode] ?? "";
      }

      const multilateral = content.stateCode === null;
      const withObservers = multilateral && status !== "CANCELLED" && rng.chance(0.2);
      const conducted = status === "CONDUCTED";
      const { participants, nonInvitations } = participantsFor(rng, content, template, start, conducted, hostStateCode);
      let frameworkCode: string | null = null;
      if (withObservers) {
        for (const code of rng.sample(OBSERVER_CANDIDATES, rng.int(2, 3)).sort()) {
          participants.push({ stateCode: code, role: "OBSERVER", participantCount: conducted ? rng.int(1, 2) : null });
        }
        frameworkCode = topic.frameworkCode;
      } else if (multilateral) {
        frameworkCode = rng.chance(0.4) ? "JA_DMIM" : null;
      } else if (topic.frameworkCode && rng.chance(0.2)) {
        frameworkCode = topic.frameworkCode;
      }

      const totalCount = participants.reduce((sum, p) => sum + (p.participantCount ?? 0), 0);
      n++;
      const plan = plans.planFor(content.programId, fy);
      out.push({
        topicKey: topic.key,
        seed: {
          id: `seed-demo-act-${content.slug}-${String(n).padStart(3, "0")}`,
          programId: content.programId,
          planId: plan?.id ?? null,
          kind: template.kind,
          title: online ? `${template.titleEn} (online)` : template.titleEn,
          titleJa: online ? `${template.titleJa}（オンライン）` : template.titleJa,
          description: template.description,
          startDate: start,
          endDate: online ? start : end,
          location,
          hostStateCode,
          means: template.means ?? topic.means,
          keyAreas: template.keyAreas ?? [topic.keyArea],
          frameworkCode,
          status,
          outcomes: conducted ? outcomeText(rng, topic, totalCount, multilateral) : "",
          participants,
          nonInvitations,
          consultations: [],
          illustrative: true,
          source: null,
        },
      });
    }
  }
  return out;
}

/** The fixed records tests rely on: a Viet Nam and a Philippines bilateral activity. */
function stableActivities(): GeneratedActivity[] {
  return [
    {
      topicKey: "diving-medicine",
      seed: {
        id: "seed-demo-vn-activity",
        programId: "seed-program-bilateral-vn",
        planId: "seed-demo-vn-plan",
        kind: "SEMINAR",
        title: "Diving medicine seminar",
        titleJa: "潜水医学セミナー",
        description: "JMSDF diving medicine officers share the treatment of decompression illness and dive safety practice.",
        startDate: day("2026-09-14"),
        endDate: day("2026-09-18"),
        location: "Khanh Hoa",
        hostStateCode: "VN",
        means: ["M2"],
        keyAreas: ["K2"],
        frameworkCode: null,
        status: "CONDUCTED",
        outcomes:
          "24 Vietnam People's Navy medical officers took part; two Vietnamese instructors led the decompression treatment practice for the first time.",
        participants: [{ stateCode: "VN", role: "HOST", participantCount: 24 }],
        nonInvitations: [],
        consultations: [
          {
            id: "seed-demo-vn-activity-consult-1",
            heldOn: day("2026-06-10"),
            counterpart: "Vietnam People's Navy, Medical Department",
            summary: "Agreed the seminar's programme and that Vietnamese instructors would lead the practical sessions.",
          },
        ],
        illustrative: true,
        source: null,
      },
    },
    {
      topicKey: "ship-maintenance",
      seed: {
        id: "seed-demo-ph-activity",
        programId: "seed-program-bilateral-ph",
        planId: "seed-demo-ph-plan",
        kind: "COURSE",
        title: "Ship maintenance course",
        titleJa: "艦船整備課程",
        description: "Planned maintenance, hull inspection and machinery overhaul practice for the newly acquired vessels.",
        startDate: day("2027-01-18"),
        endDate: day("2027-01-22"),
        location: "Subic Bay",
        hostStateCode: "PH",
        means: ["M2"],
        keyAreas: ["K2"],
        frameworkCode: null,
        status: "CONFIRMED",
        outcomes: "",
        participants: [{ stateCode: "PH", role: "HOST", participantCount: null }],
        nonInvitations: [],
        consultations: [
          {
            id: "seed-demo-ph-activity-consult-1",
            heldOn: day("2026-10-20"),
            counterpart: "Philippine Navy, Naval Sea Systems Command",
            summary: "Agreed to add hull inspection practice at the Philippine Navy's request.",
          },
        ],
        illustrative: true,
        source: null,
      },
    },
  ];
}

// ---------------------------------------------------------------- needs, consultations, comments

function buildNeeds(contents: ProgramContent[], activities: GeneratedActivity[], plans: PlanSeed[], index: PlanIndex): NeedSeed[] {
  const needs: NeedSeed[] = [];
  for (const content of contents) {
    if (!content.stateCode) continue;
    const stateCode = content.stateCode;
    const rng = new Rng(`needs:${content.slug}`);
    content.needs.forEach((tpl, i) => {
      const id = tpl.id ?? `seed-demo-need-${content.slug}-${i + 1}`;
      const ofTopic = activities.filter((a) => a.seed.programId === content.programId && a.topicKey === tpl.topicKey);
      let activityIds: string[] = [];
      let planIds: string[] = [];
      let createdAt: Date;
      if (id === "seed-demo-vn-need" || id === "seed-demo-ph-need") {
        const prefix = id.replace("-need", "");
        activityIds = [`${prefix}-activity`];
        planIds = [`${prefix}-plan`];
        createdAt = day(id === "seed-demo-vn-need" ? "2026-03-16" : "2026-08-04");
      } else if (tpl.status === "ADDRESSED" && tpl.topicKey) {
        const done = ofTopic.filter((a) => a.seed.status === "CONDUCTED").slice(-2);
        activityIds = done.map((a) => a.seed.id);
        const first = done[0]?.seed;
        const plan = first ? index.planFor(content.programId, fiscalYearOf(first.startDate)) : undefined;
        planIds = plan ? [plan.id] : [];
        createdAt = addDays(first?.startDate ?? addDays(DEMO_TODAY, -900), -rng.int(60, 150));
      } else if (tpl.status === "ACKNOWLEDGED" && tpl.topicKey) {
        const upcoming = ofTopic.filter((a) => a.seed.status === "PLANNED" || a.seed.status === "CONFIRMED").slice(0, 1);
        activityIds = upcoming.map((a) => a.seed.id);
        // Never a draft: a liaison officer may see the plans linked to their state's needs.
        const plan = index.current(content.programId);
        planIds = plan && plan.status !== "DRAFT" ? [plan.id] : [];
        createdAt = addDays(plan?.sharedAt ?? DEMO_TODAY, -rng.int(60, 200));
      } else if (tpl.status === "DECLINED") {
        createdAt = addDays(DEMO_TODAY, -rng.int(200, 600));
      } else {
        createdAt = addDays(DEMO_TODAY, -rng.int(5, 60));
      }
      // A need that an archived program period answered was submitted before that period.
      if (content.lastFy < 2021) createdAt = minDate(createdAt, addDays(day("2019-06-01"), -rng.int(0, 300)));
      needs.push({
        id,
        stateCode,
        title: tpl.title,
        description: tpl.description,
        keyAreaCode: tpl.keyArea,
        priority: tpl.priority,
        status: tpl.status,
        declineReason: tpl.status === "DECLINED" ? (tpl.declineReason ?? "Not feasible in the current plan period.") : null,
        submittedByEmail: liaisonEmail(stateCode),
        planIds: planIds.filter((pid) => plans.some((p) => p.id === pid)),
        activityIds,
        illustrative: true,
        createdAt: at(day(createdAt.toISOString().slice(0, 10)), 2),
      });
    });
  }
  return needs;
}

/** Rule H1: every bilateral activity not answering a recorded need gets a recorded consultation. */
function addConsultations(contents: ProgramContent[], activities: GeneratedActivity[], needs: NeedSeed[]): void {
  const linked = new Set(needs.flatMap((n) => n.activityIds));
  for (const { seed } of activities) {
    const content = contents.find((c) => c.programId === seed.programId);
    if (!content?.stateCode || linked.has(seed.id) || seed.consultations.length > 0) continue;
    const rng = new Rng(`consult:${seed.id}`);
    const heldOn = minDate(addDays(seed.startDate, -rng.int(30, 120)), addDays(DEMO_TODAY, -rng.int(3, 30)));
    seed.consultations.push({
      id: `${seed.id}-consult-1`,
      heldOn: day(heldOn.toISOString().slice(0, 10)),
      counterpart: rng.pick(content.counterparts),
      summary: `Agreed the content, dates and participants of the ${seed.title.toLowerCase()} with the partner.`,
    });
  }
}

function buildComments(plans: PlanSeed[], index: PlanIndex): CommentSeed[] {
  const specs: { planId: string | undefined; entries: { authorEmail: string; after: number; body: string }[] }[] = [
    {
      planId: "seed-demo-vn-plan",
      entries: [
        {
          authorEmail: liaisonEmail("VN"),
          after: 3,
          body: "Thank you for sharing the plan. We propose to hold the FY2027 diving medicine session in Khanh Hoa so that instructors from the southern units can attend.",
        },
        { authorEmail: PLANNER_EMAIL, after: 6, body: "Thank you. We will show Khanh Hoa as the FY2027 venue in the next revision." },
      ],
    },
    {
      planId: "seed-demo-ph-plan",
      entries: [
        {
          authorEmail: liaisonEmail("PH"),
          after: 2,
          body: "The Philippine Navy asks that the ship maintenance course include hull inspection practice for the newly acquired vessels.",
        },
        { authorEmail: PLANNER2_EMAIL, after: 4, body: "Agreed: hull inspection is added to the FY2026 course syllabus." },
      ],
    },
    {
      planId: index.current("seed-program-bilateral-tl")?.id,
      entries: [
        { authorEmail: liaisonEmail("TL"), after: 5, body: "F-FDTL confirms the trainee list for the first vehicle maintenance course." },
      ],
    },
    {
      planId: index.current("seed-program-bilateral-my")?.id,
      entries: [
        {
          authorEmail: liaisonEmail("MY"),
          after: 4,
          body: "Please consider holding the tabletop exercise before the monsoon season, in September.",
        },
        {
          authorEmail: PLANNER_EMAIL,
          after: 9,
          body: "Noted. September works for us; we will confirm the dates with the Malaysian Armed Forces.",
        },
      ],
    },
    {
      planId: index.current(PROGRAM_IDS.srcp)?.id,
      entries: [
        { authorEmail: liaisonEmail("ID"), after: 7, body: "Indonesia would be pleased to co-host the alumni seminar in FY2027." },
        { authorEmail: liaisonEmail("TL"), after: 10, body: "Timor-Leste looks forward to taking part as a full member." },
        { authorEmail: PLANNER2_EMAIL, after: 12, body: "Thank you both. We will propose Jakarta for the FY2027 alumni seminar." },
      ],
    },
    {
      planId: index.current("seed-program-bilateral-id")?.id,
      entries: [
        { authorEmail: liaisonEmail("ID"), after: 6, body: "The revised schedule matches the Navy's training calendar. Thank you." },
      ],
    },
  ];
  const comments: CommentSeed[] = [];
  for (const spec of specs) {
    const plan = plans.find((p) => p.id === spec.planId);
    if (!plan?.sharedAt) throw new Error(`Demo comment on a plan that was not shared: ${spec.planId}`);
    spec.entries.forEach((entry, i) => {
      comments.push({
        id: `seed-demo-comment-${plan.id.replace(/^seed-demo-/, "")}-${i + 1}`,
        planId: plan.id,
        authorEmail: entry.authorEmail,
        body: entry.body,
        createdAt: minDate(addDays(plan.sharedAt as Date, entry.after), at(addDays(DEMO_TODAY, -1), i)),
      });
    });
  }
  return comments;
}

// ---------------------------------------------------------------- the demo data set

export function buildDemoData(publicPrograms: ProgramSeed[]): DemoData {
  const programs = [SINGAPORE_PROGRAM];
  const allPrograms = [...publicPrograms, ...programs];
  const partnerStatesOf = (programId: string) => {
    const program = allPrograms.find((p) => p.id === programId);
    if (!program) throw new Error(`Unknown program ${programId}`);
    return program.partnerStates;
  };
  const contents = [...BILATERAL_CONTENT, ...MULTILATERAL_CONTENT];
  const { plans, index } = buildPlans(contents, partnerStatesOf);
  const activities = [...contents.flatMap((c) => generateActivities(c, index)), ...stableActivities()];
  const needs = buildNeeds(contents, activities, plans, index);
  addConsultations(contents, activities, needs);
  const comments = buildComments(plans, index);
  return { programs, plans, activities: activities.map((a) => a.seed), needs, comments };
}
