// The seed as a function, so that scripts and integration tests can run it on their own client.
import type { PrismaClient } from "@/generated/prisma/client";
import { fiscalYearOf } from "@/lib/fiscal-year";
import { APPROACHES, ENDS, KEY_AREAS, MEANS, PRINCIPLES } from "./framework";
import { FRAMEWORKS } from "./frameworks";
import { PUBLIC_ACTIVITIES, PUBLIC_PROGRAMS } from "./programs";
import { STATES, aseanMembersOn, aseanNonMembersOn } from "./states";
import { buildDemoData } from "./demo";
import { writeIndicators } from "./indicators";
import { writeSpending } from "./spending";
import { writeAfterAction } from "./after-action";
import { DEMO_PASSWORD, DEMO_USERS } from "./users";
import type { ActivitySeed, DemoData, PlanSeed, ProgramSeed } from "./types";
import {
  type StepResult,
  writeActivities,
  writeComments,
  writeFrameworkElements,
  writeFrameworks,
  writeNeeds,
  writePlans,
  writePrograms,
  writeStates,
  writeUsers,
} from "./write";

export interface SeedOptions {
  /** Only reference data and documented programs/activities: no illustrative records, no accounts. */
  referenceOnly: boolean;
  /** Rewrite existing seeded records to the seed's content instead of leaving them untouched. */
  refresh: boolean;
}

export interface TimedStep extends StepResult {
  ms: number;
}

export async function runSeed(prisma: PrismaClient, options: SeedOptions): Promise<TimedStep[]> {
  const demo = options.referenceOnly ? null : buildDemoData(PUBLIC_PROGRAMS);
  checkInvariants(PUBLIC_PROGRAMS, PUBLIC_ACTIVITIES, demo);

  const steps: TimedStep[] = [];
  let mark = Date.now();
  const timed = (results: StepResult[]): void => {
    const now = Date.now();
    for (const r of results) steps.push({ ...r, ms: Math.round((now - mark) / results.length) });
    mark = now;
  };
  timed(
    await writeFrameworkElements(
      prisma,
      { ends: ENDS, principles: PRINCIPLES, approaches: APPROACHES, keyAreas: KEY_AREAS, means: MEANS },
      options.refresh,
    ),
  );
  timed([await writeFrameworks(prisma, FRAMEWORKS, options.refresh)]);
  timed([await writeStates(prisma, STATES, options.refresh)]);

  if (!demo) {
    timed([await writePrograms(prisma, PUBLIC_PROGRAMS, options.refresh)]);
    timed([await writeActivities(prisma, PUBLIC_ACTIVITIES, options.refresh)]);
    return steps;
  }

  timed([await writePrograms(prisma, [...PUBLIC_PROGRAMS, ...demo.programs], options.refresh)]);
  const users = await writeUsers(prisma, DEMO_USERS, DEMO_PASSWORD, options.refresh);
  timed([users.result]);
  timed([await writePlans(prisma, demo.plans, users.idByEmail, options.refresh)]);
  timed([await writeActivities(prisma, [...PUBLIC_ACTIVITIES, ...demo.activities], options.refresh)]);
  timed([await writeNeeds(prisma, demo.needs, users.idByEmail, options.refresh)]);
  timed([await writeComments(prisma, demo.comments, users.idByEmail, options.refresh)]);
  timed([await writeIndicators(prisma, demo.plans, options.refresh)]);
  timed([await writeSpending(prisma, users.idByEmail, options.refresh)]);
  timed(await writeAfterAction(prisma, [...PUBLIC_ACTIVITIES, ...demo.activities], users.idByEmail, options.refresh));
  return steps;
}

/** Row counts of every model, for the summary. */
export async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const [
    end,
    principle,
    approach,
    keyArea,
    means,
    framework,
    partnerState,
    program,
    programPlan,
    planYear,
    planObjective,
    milestone,
    budgetLine,
    consultationRecord,
    activity,
    activityParticipant,
    activityNonInvitation,
    partnerNeed,
    planComment,
    user,
    planIndicator,
    indicatorActual,
    afterActionReport,
    followUpAction,
    partnerFeedback,
    spendingLine,
  ] = await Promise.all([
    prisma.end.count(),
    prisma.principle.count(),
    prisma.approach.count(),
    prisma.keyArea.count(),
    prisma.means.count(),
    prisma.framework.count(),
    prisma.partnerState.count(),
    prisma.program.count(),
    prisma.programPlan.count(),
    prisma.planYear.count(),
    prisma.planObjective.count(),
    prisma.milestone.count(),
    prisma.budgetLine.count(),
    prisma.consultationRecord.count(),
    prisma.activity.count(),
    prisma.activityParticipant.count(),
    prisma.activityNonInvitation.count(),
    prisma.partnerNeed.count(),
    prisma.planComment.count(),
    prisma.user.count(),
    prisma.planIndicator.count(),
    prisma.indicatorActual.count(),
    prisma.afterActionReport.count(),
    prisma.followUpAction.count(),
    prisma.partnerFeedback.count(),
    prisma.spendingLine.count(),
  ]);
  return {
    End: end,
    Principle: principle,
    Approach: approach,
    KeyArea: keyArea,
    Means: means,
    Framework: framework,
    PartnerState: partnerState,
    Program: program,
    ProgramPlan: programPlan,
    PlanYear: planYear,
    PlanObjective: planObjective,
    Milestone: milestone,
    BudgetLine: budgetLine,
    ConsultationRecord: consultationRecord,
    Activity: activity,
    ActivityParticipant: activityParticipant,
    ActivityNonInvitation: activityNonInvitation,
    PartnerNeed: partnerNeed,
    PlanComment: planComment,
    User: user,
    PlanIndicator: planIndicator,
    IndicatorActual: indicatorActual,
    AfterActionReport: afterActionReport,
    FollowUpAction: followUpAction,
    PartnerFeedback: partnerFeedback,
    SpendingLine: spendingLine,
  };
}

// ---------------------------------------------------------------- self-checks of the seed data

function fail(message: string): never {
  throw new Error(`Seed data check failed: ${message}`);
}

/**
 * The seeded records should pass the portal's principle rules (H1, H2, T1, T5, O1) wherever the
 * data allows, so that editing a seeded record is not blocked by a problem the seed created.
 * Throws on the first violation: a seed bug, caught before anything is written.
 */
function checkInvariants(programs: ProgramSeed[], publicActivities: ActivitySeed[], demo: DemoData | null): void {
  const allPrograms = [...programs, ...(demo?.programs ?? [])];
  const allActivities = [...publicActivities, ...(demo?.activities ?? [])];
  const programById = new Map(allPrograms.map((p) => [p.id, p]));
  const planById = new Map<string, PlanSeed>((demo?.plans ?? []).map((p) => [p.id, p]));
  const linkedActivities = new Set((demo?.needs ?? []).flatMap((n) => n.activityIds));

  for (const p of allPrograms) {
    if (p.ends.length === 0 || p.keyAreas.length === 0) fail(`O1: program ${p.id} lacks an end or key area`);
    if (p.kind === "BILATERAL" && (p.partnerStateCode === null || p.partnerStates.join() !== p.partnerStateCode)) {
      fail(`bilateral program ${p.id} must have exactly its partner state`);
    }
  }

  for (const a of allActivities) {
    const program = programById.get(a.programId) ?? fail(`activity ${a.id} has an unknown program`);
    if (a.keyAreas.length === 0 || a.means.length === 0) fail(`O1: activity ${a.id} lacks a key area or means`);
    const states = new Set(a.participants.map((p) => p.stateCode));
    if (states.size !== a.participants.length) fail(`activity ${a.id} lists a state twice`);
    if (program.kind === "MULTILATERAL") {
      for (const code of [...aseanMembersOn(a.startDate), ...aseanNonMembersOn(a.startDate)]) {
        const invited = states.has(code);
        const reasoned = a.nonInvitations.some((n) => n.stateCode === code);
        if (invited === reasoned) fail(`H2: activity ${a.id}: ${code} must be invited or have a reason (exactly one)`);
      }
    } else {
      if (a.participants.length !== 1 || a.participants[0]?.stateCode !== program.partnerStateCode) {
        fail(`bilateral activity ${a.id} must list exactly its partner`);
      }
      if (a.illustrative && a.consultations.length === 0 && !linkedActivities.has(a.id)) {
        fail(`H1: bilateral activity ${a.id} cites no need and no consultation`);
      }
    }
    if (a.status === "CONDUCTED" && a.participants.length === 0) fail(`H3: conducted activity ${a.id} has no participants`);
    if (a.planId) {
      const plan = planById.get(a.planId) ?? fail(`activity ${a.id} has an unknown plan`);
      const fy = fiscalYearOf(a.startDate);
      if (plan.programId !== a.programId) fail(`activity ${a.id} is in a plan of another program`);
      if (fy < plan.firstFiscalYear || fiscalYearOf(a.endDate) > plan.lastFiscalYear) fail(`T5: activity ${a.id} outside its plan`);
    }
  }

  for (const plan of demo?.plans ?? []) {
    const span = plan.lastFiscalYear - plan.firstFiscalYear + 1;
    if (span < 2 || span > 10) fail(`T1: plan ${plan.id} spans ${span} fiscal years`);
    if (plan.years.length !== span) fail(`plan ${plan.id} must have one PlanYear per fiscal year`);
    const program = programById.get(plan.programId) ?? fail(`plan ${plan.id} has an unknown program`);
    if (plan.status !== "DRAFT") {
      if (plan.years.some((y) => y.objectives.length === 0 || y.milestones.length === 0)) fail(`T2: plan ${plan.id}`);
      if (!plan.sharedAt || plan.sharedWith.join() !== program.partnerStates.join())
        fail(`plan ${plan.id} must be shared with its partners`);
    } else if (plan.returnReason) {
      // Returned to draft: shared (and submitted) before, as returnToDraft leaves it.
      if (!plan.sharedAt || !plan.submittedAt || plan.sharedWith.join() !== program.partnerStates.join())
        fail(`returned draft ${plan.id} must have been shared with its partners`);
    } else if (plan.sharedAt || plan.sharedWith.length > 0) {
      fail(`draft plan ${plan.id} must not be shared`);
    }
    if ((plan.status === "IN_REVIEW" || plan.status === "APPROVED") && program.kind === "BILATERAL" && !plan.sustainment) {
      fail(`T3: plan ${plan.id} lacks a sustainment section`);
    }
    if (plan.status === "APPROVED" || plan.status === "ARCHIVED") {
      if (!plan.approverEmail || plan.approverEmail === plan.authorEmail) fail(`T4: plan ${plan.id} approver`);
      if (!plan.sharedAt || !plan.submittedAt || !plan.approvedAt) fail(`T4: plan ${plan.id} dates`);
      if (!(plan.sharedAt < plan.submittedAt && plan.submittedAt < plan.approvedAt)) fail(`T4: plan ${plan.id} date order`);
    }
    if (program.kind === "BILATERAL" && plan.consultations.length === 0) fail(`H1: plan ${plan.id} has no consultation`);
  }

  for (const need of demo?.needs ?? []) {
    for (const id of need.activityIds) {
      const a = allActivities.find((x) => x.id === id) ?? fail(`need ${need.id} links an unknown activity`);
      const program = programById.get(a.programId);
      if (program?.partnerStateCode !== need.stateCode) fail(`need ${need.id} links another state's activity`);
    }
    for (const id of need.planIds) {
      const plan = planById.get(id) ?? fail(`need ${need.id} links an unknown plan`);
      if (!plan.sharedWith.includes(need.stateCode)) fail(`need ${need.id} links a plan not shared with its state`);
    }
  }
}
