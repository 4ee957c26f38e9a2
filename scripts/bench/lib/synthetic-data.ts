// A synthetic dataset of portal size for benchmarks, generated inside PostgreSQL with set-based SQL
// (generate_series + INSERT ... SELECT): 100,000 activities and everything around them take seconds,
// where rows sent one by one from Node would take minutes.
//
// It expects the reference seed (`prisma/seed.ts --reference-only`) to be in the database already:
// states, key areas, means, ends, approaches and frameworks are read from there, so the data follows
// whatever the reference data holds. Every record is marked illustrative (where the model has the
// flag) and gets a readable id ('bench-p-<n>', 'bench-a-<n>', 'bench-plan-<n>', 'bench-need-<n>'...),
// so that it can never be taken for a real one.
//
// The shape, "a portal that has grown for twenty years" (defaults in brackets):
// - two synthetic planners, 'bench-author-1' and 'bench-author-2', who author, approve and comment on
//   the plans and appear in the audit trail; their password hash is not a hash, so nobody can sign in
//   as them;
// - programs [200]: one in five multilateral, for all ASEAN member states; the others bilateral, for
//   one ASEAN member state each, with a topic such as maritime domain awareness;
// - plans [2,000], spread evenly over the programs (10 each) as rolling plans: the k-th plan of a
//   program starts k * 20 / 10 years into the range and spans 2-4 fiscal years, so consecutive plans
//   overlap by up to two years. Their status follows the calendar: plans that ended are mostly
//   ARCHIVED (some still APPROVED), running ones mostly APPROVED, future ones DRAFT, SHARED, IN_REVIEW
//   or (a few) APPROVED; the lifecycle dates (created, shared, submitted, approved, archived) precede
//   the first fiscal year where they can, and all lie in the past. Each plan has one PlanYear per
//   fiscal year of its span with 2-4 objectives, 1-3 milestones (due within that fiscal year, DONE or
//   DELAYED once past) and 1-2 budget lines; half the plans have a consultation record; shared plans
//   are shared with every partner state of their program; 0-10 comments (5 on average);
// - activities [N]: each belongs to a program, lies in one of 20 fiscal years [FY2012-FY2031], has
//   1-4 participating states (ASEAN members and ADMM-Plus partners), 1-2 key areas, 1-2 means and
//   usually a host state; 30% of those whose program has a plan covering their dates (all of them at
//   the default sizes) belong to that plan (the latest one to start);
// - partner needs [2,000], spread evenly over the ASEAN member states, each about the topic of one of
//   its state's bilateral programs, submitted over the whole range up to today; recent ones mostly
//   SUBMITTED or ACKNOWLEDGED, older ones mostly ADDRESSED, some DECLINED (with a reason). Every
//   ADDRESSED need and most ACKNOWLEDGED ones are answered by a plan of that program (_NeedPlans),
//   ADDRESSED ones also by 1-3 activities of it conducted after the need came in (_NeedActivities);
//   every bilateral plan without a consultation cites a need of its partner, so rule H1 holds;
// - one audit event per activity ('activity.create') and per plan ('plan.create'), as the editors
//   write them, at the record's createdAt: for an activity a time in its fiscal year before it starts
//   (for one planned ahead of today, a time in the last two years: no record is created in the
//   future), for a plan its creation before its first fiscal year (or, for one prepared ahead, in the
//   last six months). Ids follow time, as in a real trail;
// - results and resources: two indicators per plan with a target for each fiscal year, measured in
//   most years begun (60-120% of the target); after-action reports on four in five conducted
//   activities, most with one or two follow-ups (mostly closed); feedback from two in five of their
//   taking-part states; spending of 70-120% against each budget line of approved and archived plans'
//   years begun.
//
// The random choices are drawn once per record into temporary tables, from a fixed seed, so a run at
// the same scale produces the same data (on the same day: statuses depend on today's date). Every
// step is one SQL statement, run in one transaction, reading the bench_ref row for its lists.
//
// addSyntheticActivities grows a generated database later (the exports at 10x the scale): more
// activities, numbered on, with their participants, key areas, means and plan links, through the
// same SQL.
import pg from "pg";

export interface SyntheticDataOptions {
  /** Number of activities. */
  activities: number;
  /** Number of programs (default 200). */
  programs?: number;
  /** Number of plans (default 2,000; 0 for none), spread evenly over the programs. */
  plans?: number;
  /** Number of partner needs (default 2,000; 0 for none), spread evenly over the ASEAN member states. */
  needs?: number;
  /** First fiscal year of the spread (default 2012) and how many years it covers (default 20). */
  firstFiscalYear?: number;
  fiscalYears?: number;
  /** Seed for PostgreSQL's random(), between -1 and 1 (default 0.42): same seed, same data. */
  seed?: number;
}

export interface AddSyntheticActivitiesOptions {
  /** Number of the first activity to add ('bench-a-<from>'): one past the last one in the database. */
  from: number;
  /** Number of activities to add. */
  count: number;
  /**
   * The seed and fiscal years the database was generated with (the same defaults): the programs are
   * drawn again from the seed (and checked against the database), the activities spread over the years.
   */
  seed?: number;
  firstFiscalYear?: number;
  fiscalYears?: number;
}

export interface SyntheticDataSummary {
  /** Rows inserted per table. */
  rows: Record<string, number>;
  /** Time per step, in milliseconds, the final VACUUM (ANALYZE) included. */
  steps: { label: string; ms: number }[];
  seconds: number;
}

export const SYNTHETIC_SOURCE = "Synthetic benchmark data (scripts/bench), not a real record";

// Topics of cooperation: English and Japanese names, and the key area and means they mostly fall under.
const TOPICS = [
  { en: "Maritime Domain Awareness", ja: "海洋状況把握", keyArea: "K2", means: "M2" },
  { en: "International Law at Sea", ja: "海洋に関する国際法", keyArea: "K1", means: "M1" },
  { en: "Search and Rescue at Sea", ja: "海難救助", keyArea: "K2", means: "M4" },
  { en: "Humanitarian Assistance and Disaster Relief", ja: "人道支援・災害救援", keyArea: "K3", means: "M4" },
  { en: "Disaster Relief Logistics", ja: "災害救援ロジスティクス", keyArea: "K3", means: "M2" },
  { en: "Military Medicine", ja: "防衛医学", keyArea: "K3", means: "M5" },
  { en: "Underwater Medicine", ja: "潜水医学", keyArea: "K3", means: "M5" },
  { en: "Humanitarian Mine Action", ja: "人道的地雷対策", keyArea: "K3", means: "M2" },
  { en: "Unexploded Ordnance Disposal", ja: "不発弾処理", keyArea: "K3", means: "M2" },
  { en: "Cyber Security", ja: "サイバーセキュリティ", keyArea: "K3", means: "M5" },
  { en: "Peacekeeping Operations", ja: "平和維持活動", keyArea: "K3", means: "M4" },
  { en: "Aviation Safety", ja: "航空安全", keyArea: "K1", means: "M1" },
  { en: "Air Rescue", ja: "航空救難", keyArea: "K3", means: "M4" },
  { en: "Vehicle Maintenance", ja: "車両整備", keyArea: "K3", means: "M3" },
  { en: "Oceanography and Hydrography", ja: "海洋観測・水路測量", keyArea: "K2", means: "M3" },
  { en: "Submarine Rescue", ja: "潜水艦救難", keyArea: "K2", means: "M4" },
  { en: 'Code for Unplanned Encounters at Sea ("CUES")', ja: "洋上で不慮の遭遇をした場合の行動基準（CUES）", keyArea: "K1", means: "M1" },
  { en: "Aviation Meteorology", ja: "航空気象", keyArea: "K3", means: "M5" },
];

// Activity kinds with their share of activities, title templates and duration in days (end - start).
const KINDS = [
  { kind: "SEMINAR", share: 0.22, en: "{topic} Seminar", ja: "{topic}セミナー", minDays: 0, maxDays: 2 },
  { kind: "TRAINING", share: 0.18, en: "{topic} Training", ja: "{topic}訓練", minDays: 1, maxDays: 10 },
  { kind: "EXERCISE", share: 0.08, en: "Tabletop Exercise on {topic}", ja: "{topic}机上演習", minDays: 1, maxDays: 5 },
  { kind: "COURSE", share: 0.12, en: "{topic} Course", ja: "{topic}課程", minDays: 4, maxDays: 20 },
  { kind: "VISIT", share: 0.15, en: "Expert Visit on {topic}", ja: "{topic}に関する専門家派遣", minDays: 1, maxDays: 5 },
  { kind: "EQUIPMENT_HANDOVER", share: 0.03, en: "Handover of {topic} Equipment", ja: "{topic}関連装備品の引渡し", minDays: 0, maxDays: 0 },
  { kind: "MEETING", share: 0.17, en: "Working-Level Meeting on {topic}", ja: "{topic}に関する実務者会合", minDays: 0, maxDays: 1 },
  { kind: "OTHER", share: 0.05, en: "{topic} Workshop", ja: "{topic}ワークショップ", minDays: 0, maxDays: 2 },
];

// Where activities take place, by host state; some names hold commas, as real ones do (CSV quoting).
const LOCATIONS: Record<string, string[]> = {
  BN: ["Bandar Seri Begawan", "Muara Naval Base", "Rimba Air Base"],
  KH: ["Phnom Penh", "Ream Naval Base, Sihanoukville", "Kampong Speu"],
  ID: ["Jakarta", "Surabaya", "Bogor, West Java", "Batam"],
  LA: ["Vientiane", "Luang Prabang", "Pakse"],
  MY: ["Kuala Lumpur", "Lumut Naval Base, Perak", "Port Klang", "Kota Kinabalu"],
  MM: ["Naypyidaw", "Yangon", "Thilawa"],
  PH: ["Manila", "Subic Bay, Zambales", "Clark Air Base, Pampanga", "Cebu"],
  SG: ["Singapore", "Changi Naval Base", "Changi Regional HADR Coordination Centre"],
  TH: ["Bangkok", "Sattahip, Chonburi", "Chiang Mai", "U-Tapao"],
  TL: ["Dili", "Baucau", "Hera Naval Base"],
  VN: ["Hanoi", "Ho Chi Minh City", "Cam Ranh Bay, Khanh Hoa", "Da Nang"],
  AU: ["Canberra", "Darwin", "Sydney"],
  CN: ["Beijing", "Qingdao"],
  IN: ["New Delhi", "Visakhapatnam", "Chennai"],
  NZ: ["Wellington", "Devonport Naval Base, Auckland"],
  KR: ["Seoul", "Busan", "Jinhae"],
  RU: ["Moscow", "Vladivostok"],
  US: ["Honolulu, Hawaii", "Washington, D.C.", "Guam"],
  JP: ["Tokyo (Ichigaya)", "Yokosuka", "Kure, Hiroshima", "Sasebo", "Maizuru", "Naha, Okinawa", "Somagahara, Gunma"],
};

// Texts of plans, needs and comments. Placeholders: {topic}, {partner} (a state's name, or "the ASEAN
// member states"), {state} (a need's state), {fy} and {prev} (fiscal years).
const PLAN_OBJECTIVES = [
  "Train personnel of {partner} in the basics of {topic}",
  "Qualify a first group of instructors in {topic}",
  "Hold a seminar on {topic} with {partner}",
  "Agree a curriculum on {topic} with {partner}",
  "Run a joint exercise applying {topic} procedures",
  "Review the lessons of FY{prev} and adjust the training plan",
  "Hand over course materials on {topic} to {partner}",
  "Build a network of {topic} experts in {partner}",
];

const PLAN_MILESTONES = [
  "Needs assessment with {partner} completed",
  "{topic} seminar held",
  "Training course on {topic} conducted",
  "Instructor qualification reviewed",
  "Annual review with {partner}",
  "Course materials delivered",
];

const BUDGET_BILATERAL = [
  "Travel of JSDF instructors",
  "Invitation of partner personnel to Japan",
  "Training materials and equipment",
  "Interpretation and translation",
];

const BUDGET_MULTILATERAL = [
  "Travel and accommodation of ASEAN participants",
  "Venue, interpretation and translation",
  "Travel of JSDF staff",
  "Seminar materials",
];

const PLAN_COMMENTS = [
  "{partner} asked to move the FY{fy} {topic} course to the second half of the year.",
  "Budget for FY{fy} confirmed with the finance division.",
  "Please add a milestone for the instructor qualification in FY{fy}.",
  "The lessons of the last {topic} seminar are reflected in the objectives.",
  "Can we align the schedule with the ADMM-Plus working group meetings?",
  "Interpretation for the FY{fy} sessions still needs to be arranged.",
  "The counterpart confirmed the trainee group for FY{fy}.",
  "Agreed at the working-level meeting; no further changes from our side.",
];

const NEED_TITLES = [
  "Instructors for {topic}",
  "{topic} training for junior officers",
  "Equipment and procedures for {topic}",
  "Joint exercise on {topic} with civilian agencies",
  "Expert advice on {topic} doctrine",
  "{topic} course for non-commissioned officers",
];

const NEED_DESCRIPTIONS = [
  "{state} asks for support to build its own capacity in {topic}: training of trainers, course materials in the national language and a yearly review.",
  "The armed forces of {state} would like to send officers to a course on {topic} in Japan, followed by an expert visit to apply it at home.",
  "A seminar and a tabletop exercise on {topic} for the staff of {state}, with the civilian agencies concerned.",
];

const DECLINE_REASONS = [
  "Outside the scope of the current plan period.",
  "Covered by another partner's program; Japan will coordinate rather than duplicate.",
  "Not feasible with the budget of FY{fy}.",
];

/** The synthetic planners: authors, approvers, commenters and actors of the audit trail. */
const AUTHORS = [
  { id: "bench-author-1", email: "bench.author1@example.org", name: "Benchmark Planner 1" },
  { id: "bench-author-2", email: "bench.author2@example.org", name: "Benchmark Planner 2" },
];

// Not a hash that any password verifies against (verifyPassword reads it as a failed sign-in).
const NO_SIGN_IN = "synthetic-no-sign-in";

const JAPAN = "JP";

interface Reference {
  states: string[]; // participants: ASEAN members first, then the other ADMM-Plus countries; not Japan
  statesEn: string[];
  statesJa: string[];
  aseanCount: number;
  keyAreas: string[];
  means: string[];
  ends: string[];
  approaches: string[];
  frameworks: string[];
  hasJapan: boolean;
}

async function readReference(client: pg.Client): Promise<Reference> {
  const codes = async (table: string) =>
    (await client.query<{ code: string }>(`SELECT code FROM "${table}" ORDER BY "sortOrder", code`)).rows.map((r) => r.code);
  const states = (
    await client.query<{ code: string; nameEn: string; nameJa: string; isAsean: boolean }>(
      `SELECT code, "nameEn", "nameJa", "isAsean" FROM "PartnerState" ORDER BY "isAsean" DESC, "sortOrder", code`,
    )
  ).rows;
  const participants = states.filter((s) => s.code !== JAPAN);
  const reference: Reference = {
    states: participants.map((s) => s.code),
    statesEn: participants.map((s) => s.nameEn),
    statesJa: participants.map((s) => s.nameJa),
    aseanCount: participants.filter((s) => s.isAsean).length,
    keyAreas: await codes("KeyArea"),
    means: await codes("Means"),
    ends: await codes("End"),
    approaches: await codes("Approach"),
    frameworks: await codes("Framework"),
    hasJapan: states.some((s) => s.code === JAPAN),
  };
  const missing = [
    reference.aseanCount === 0 && "ASEAN member states",
    reference.states.length < 5 && "at least five partner states besides Japan",
    reference.keyAreas.length === 0 && "key areas",
    reference.means.length === 0 && "means",
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(`the database lacks ${missing.join(", ")}: run \`tsx prisma/seed.ts --reference-only\` on it first`);
  }
  return reference;
}

/** Index of `code` in `codes`, or 0 when the reference data does not have it. */
const indexOr0 = (codes: string[], code: string) => Math.max(0, codes.indexOf(code));

/**
 * Steps by which the participants of an activity after the first are spread over the other states:
 * the k-th extra one sits at anchor + 1 + ((offset + k * stride) mod (n - 1)), which stays clear of the
 * anchor, and for k = 0..2 gives three different states whenever 2 * stride is not a multiple of n - 1.
 */
function participantStrides(stateCount: number): number[] {
  const m = stateCount - 1;
  const strides: number[] = [];
  for (let s = 1; s < m; s++) if ((2 * s) % m !== 0) strides.push(s);
  return strides.length > 0 ? strides : [1];
}

// One row holding every list and size the steps pick from, so that the steps need no parameters of
// their own: column name and type, filled from referenceValues. current_fy is today's fiscal year.
const REFERENCE_COLUMNS = [
  ["states", "text[]"],
  ["states_en", "text[]"],
  ["states_ja", "text[]"],
  ["asean_count", "int"],
  ["key_areas", "text[]"],
  ["means", "text[]"],
  ["ends", "text[]"],
  ["approaches", "text[]"],
  ["frameworks", "text[]"],
  ["topics_en", "text[]"],
  ["topics_ja", "text[]"],
  ["topic_key_area", "int[]"],
  ["topic_means", "int[]"],
  ["kinds", "text[]"],
  ["kind_cumulative", "float8[]"],
  ["kind_en", "text[]"],
  ["kind_ja", "text[]"],
  ["kind_min_days", "int[]"],
  ["kind_max_days", "int[]"],
  ["locations", "jsonb"],
  ["strides", "int[]"],
  ["program_count", "int"],
  ["plan_count", "int"],
  ["need_count", "int"],
  ["first_activity", "int"],
  ["activity_count", "int"],
  ["first_fy", "int"],
  ["fiscal_years", "int"],
  ["japan", "text"],
  ["source", "text"],
  ["author_ids", "text[]"],
  ["author_emails", "text[]"],
  ["author_names", "text[]"],
  ["no_sign_in", "text"],
  ["objectives", "text[]"],
  ["milestones", "text[]"],
  ["budget_bilateral", "text[]"],
  ["budget_multilateral", "text[]"],
  ["comments", "text[]"],
  ["need_titles", "text[]"],
  ["need_descriptions", "text[]"],
  ["decline_reasons", "text[]"],
] as const;

type ReferenceColumn = (typeof REFERENCE_COLUMNS)[number][0];

const REFERENCE_TABLE = `
  CREATE TEMP TABLE bench_ref ON COMMIT DROP AS
  SELECT ${REFERENCE_COLUMNS.map(([name, type], i) => `$${i + 1}::${type} AS ${name}`).join(", ")},
         (EXTRACT(YEAR FROM current_date - interval '3 months'))::int AS current_fy`;

interface Sizes {
  programs: number;
  plans: number;
  needs: number;
  firstActivity: number;
  activities: number;
  firstFiscalYear: number;
  fiscalYears: number;
}

function referenceValues(reference: Reference, sizes: Sizes): unknown[] {
  let cumulative = 0;
  const kindCumulative = KINDS.map((k) => (cumulative += k.share));
  kindCumulative[kindCumulative.length - 1] = 1; // random() < 1 always finds a kind, whatever the rounding
  const values: Record<ReferenceColumn, unknown> = {
    states: reference.states,
    states_en: reference.statesEn,
    states_ja: reference.statesJa,
    asean_count: reference.aseanCount,
    key_areas: reference.keyAreas,
    means: reference.means,
    ends: reference.ends,
    approaches: reference.approaches,
    frameworks: reference.frameworks,
    topics_en: TOPICS.map((t) => t.en),
    topics_ja: TOPICS.map((t) => t.ja),
    topic_key_area: TOPICS.map((t) => indexOr0(reference.keyAreas, t.keyArea)),
    topic_means: TOPICS.map((t) => indexOr0(reference.means, t.means)),
    kinds: KINDS.map((k) => k.kind),
    kind_cumulative: kindCumulative,
    kind_en: KINDS.map((k) => k.en),
    kind_ja: KINDS.map((k) => k.ja),
    kind_min_days: KINDS.map((k) => k.minDays),
    kind_max_days: KINDS.map((k) => k.maxDays),
    locations: JSON.stringify(LOCATIONS),
    strides: participantStrides(reference.states.length),
    program_count: sizes.programs,
    plan_count: sizes.plans,
    need_count: sizes.needs,
    first_activity: sizes.firstActivity,
    activity_count: sizes.activities,
    first_fy: sizes.firstFiscalYear,
    fiscal_years: sizes.fiscalYears,
    japan: reference.hasJapan ? JAPAN : null,
    source: SYNTHETIC_SOURCE,
    author_ids: AUTHORS.map((a) => a.id),
    author_emails: AUTHORS.map((a) => a.email),
    author_names: AUTHORS.map((a) => a.name),
    no_sign_in: NO_SIGN_IN,
    objectives: PLAN_OBJECTIVES,
    milestones: PLAN_MILESTONES,
    budget_bilateral: BUDGET_BILATERAL,
    budget_multilateral: BUDGET_MULTILATERAL,
    comments: PLAN_COMMENTS,
    need_titles: NEED_TITLES,
    need_descriptions: NEED_DESCRIPTIONS,
    decline_reasons: DECLINE_REASONS,
  };
  return REFERENCE_COLUMNS.map(([name]) => values[name]);
}

// The fiscal year (April-March) of a date or timestamp expression, as the Activity check constraint has it.
const fiscalYearOf = (expression: string) => `(EXTRACT(YEAR FROM (${expression}) - interval '3 months'))::int`;

// Random minutes of a working day (08:00-18:00) from a random() value, for timestamps built from dates.
const workingTime = (random: string) => `(interval '8 hours' + floor((${random}) * 600) * interval '1 minute')`;

const USERS = `
  INSERT INTO "User" (id, email, name, "passwordHash", role, "createdAt", "updatedAt")
  SELECT r.author_ids[i], r.author_emails[i], r.author_names[i], r.no_sign_in, 'PLANNER'::"Role",
         make_date(r.first_fy - 1, 4, 1), make_date(r.first_fy - 1, 4, 1)
  FROM bench_ref r CROSS JOIN LATERAL generate_series(1, cardinality(r.author_ids)) i
  ON CONFLICT DO NOTHING`;

// Programs: every fifth multilateral (all ASEAN members as partners), the others bilateral, cycling
// through the ASEAN members; the bilateral ones run through the topics state by state, so no two share
// a name. anchor is the 0-based position of the bilateral partner in states. The first step to draw
// random numbers after setseed: addSyntheticActivities draws the same programs again that way.
const PROGRAM_CHOICES = `
  CREATE TEMP TABLE bench_program ON COMMIT DROP AS
  SELECT n, 'bench-p-' || n AS id, multilateral,
         CASE WHEN multilateral THEN NULL ELSE b % r.asean_count END AS anchor,
         (CASE WHEN multilateral THEN m ELSE b / r.asean_count END) % cardinality(r.topics_en) AS topic,
         CASE WHEN multilateral THEN m / cardinality(r.topics_en) % 3 END AS variant,
         CASE WHEN cardinality(r.frameworks) > 0 AND (multilateral OR random() < 0.3)
              THEN r.frameworks[1 + floor(random() * cardinality(r.frameworks))::int] END AS framework,
         random() < 0.5 AS second_key_area, random() < 0.5 AS second_means, random() AS r_extra
  FROM bench_ref r,
       LATERAL (SELECT n, n % 5 = 0 AS multilateral, n / 5 - 1 AS m, n - n / 5 - 1 AS b
                FROM generate_series(1, r.program_count) n) g`;

// The program rows as drawn: inserted by PROGRAMS, compared with the database by PROGRAM_CHECK.
const PROGRAM_ROWS = `
  SELECT p.id,
         CASE WHEN p.multilateral THEN 'MULTILATERAL' ELSE 'BILATERAL' END AS kind,
         CASE WHEN NOT p.multilateral THEN 'Capacity Building in ' || r.topics_en[p.topic + 1] || ' for ' || s."nameEn"
              WHEN p.variant = 0 THEN 'Japan-ASEAN ' || r.topics_en[p.topic + 1] || ' Program'
              WHEN p.variant = 1 THEN 'Japan-ASEAN Invitation Program on ' || r.topics_en[p.topic + 1]
              ELSE 'ADMM-Plus ' || r.topics_en[p.topic + 1] || ' Cooperation' END AS name_en,
         CASE WHEN NOT p.multilateral THEN s."nameJa" || 'に対する' || r.topics_ja[p.topic + 1] || '能力構築支援'
              WHEN p.variant = 0 THEN '日ASEAN' || r.topics_ja[p.topic + 1] || 'プログラム'
              WHEN p.variant = 1 THEN r.topics_ja[p.topic + 1] || 'に関する日ASEAN招へいプログラム'
              ELSE 'ADMMプラス' || r.topics_ja[p.topic + 1] || '協力' END AS name_ja,
         'Illustrative program generated for benchmarks: seminars, training and exchanges on '
           || lower(r.topics_en[p.topic + 1]) || '.' AS description_en,
         s.code AS partner, p.framework
  FROM bench_program p CROSS JOIN bench_ref r
  LEFT JOIN "PartnerState" s ON s.code = r.states[p.anchor + 1]`;

const PROGRAMS = `
  INSERT INTO "Program" (id, kind, "nameEn", "nameJa", "descriptionEn", "descriptionJa", "partnerStateCode",
                         illustrative, source, "createdAt", "updatedAt")
  SELECT x.id, x.kind::"ProgramKind", x.name_en, x.name_ja, x.description_en, 'ベンチマーク用に生成した例示的なプログラム。',
         x.partner, true, r.source, now(), now()
  FROM (${PROGRAM_ROWS}) x CROSS JOIN bench_ref r`;

// For addSyntheticActivities: whether the programs drawn again are those in the database (same seed,
// same number of programs, same reference data), framework included.
const PROGRAM_CHECK = `
  SELECT count(*)::int AS drawn,
         count(*) FILTER (WHERE p.id IS NULL OR p.kind::text <> x.kind OR p."nameEn" <> x.name_en
                                OR p."partnerStateCode" IS DISTINCT FROM x.partner
                                OR x.framework IS DISTINCT FROM (SELECT min(f."A") FROM "_FrameworkToProgram" f WHERE f."B" = p.id))::int
           AS different
  FROM (${PROGRAM_ROWS}) x LEFT JOIN "Program" p ON p.id = x.id`;

const PROGRAM_PARTNER_STATES = `
  INSERT INTO "_ProgramPartnerStates" ("A", "B")
  SELECT r.states[i], p.id
  FROM bench_program p CROSS JOIN bench_ref r
  CROSS JOIN LATERAL generate_series(1, r.asean_count) i
  WHERE p.multilateral OR i = p.anchor + 1`;

const PROGRAM_KEY_AREAS = `
  INSERT INTO "_KeyAreaToProgram" ("A", "B")
  SELECT r.key_areas[1 + (r.topic_key_area[p.topic + 1] + j * (1 + floor(random() * (cardinality(r.key_areas) - 1))::int))
                    % cardinality(r.key_areas)], p.id
  FROM bench_program p CROSS JOIN bench_ref r CROSS JOIN generate_series(0, 1) j
  WHERE j = 0 OR (p.second_key_area AND cardinality(r.key_areas) > 1)`;

const PROGRAM_MEANS = `
  INSERT INTO "_MeansToProgram" ("A", "B")
  SELECT r.means[1 + (r.topic_means[p.topic + 1] + j * (1 + floor(random() * (cardinality(r.means) - 1))::int))
                    % cardinality(r.means)], p.id
  FROM bench_program p CROSS JOIN bench_ref r CROSS JOIN generate_series(0, 1) j
  WHERE j = 0 OR (p.second_means AND cardinality(r.means) > 1)`;

// Every program serves the first end; multilateral ones also the second, and both approaches.
const PROGRAM_ENDS = `
  INSERT INTO "_EndToProgram" ("A", "B")
  SELECT r.ends[i], p.id
  FROM bench_program p CROSS JOIN bench_ref r CROSS JOIN LATERAL generate_series(1, cardinality(r.ends)) i
  WHERE i = 1 OR p.multilateral`;

const PROGRAM_APPROACHES = `
  INSERT INTO "_ApproachToProgram" ("A", "B")
  SELECT r.approaches[i], p.id
  FROM bench_program p CROSS JOIN bench_ref r CROSS JOIN LATERAL generate_series(1, cardinality(r.approaches)) i
  WHERE p.multilateral`;

const PROGRAM_FRAMEWORKS = `
  INSERT INTO "_FrameworkToProgram" ("A", "B")
  SELECT framework, id FROM bench_program WHERE framework IS NOT NULL`;

// Every random choice of a plan, drawn once, and what follows from them. Plan n belongs to program
// 1 + (n - 1) mod programs, as its k-th plan of per_program: rolling plans starting every
// fiscal_years / per_program years (the last one early enough to span two), 2-4 years long. Status by
// the calendar (see the header). Lifecycle: created 130-229 days before the first fiscal year, shared
// 20-59 days later, submitted 20-39 days after that, approved 7-24 days after that; a plan whose last
// step would fall after today is moved back so that it lies 3-182 days ago. Archived 2-10 weeks after
// its last year. The author alternates between the synthetic planners; the approver is the other one
// (rule T4). partner_en: the program's partner for texts.
const PLAN_CHOICES = `
  CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
  WITH drawn AS (
    SELECT g.*, p.id AS program_id, p.multilateral, p.anchor, p.topic,
           r.first_fy + least(g.k * r.fiscal_years / g.per_program, r.fiscal_years - 2) AS first_fy
    FROM bench_ref r
    CROSS JOIN LATERAL (
      SELECT n, 1 + (n - 1) % r.program_count AS program_n, (n - 1) / r.program_count AS k,
             r.plan_count / r.program_count + ((n - 1) % r.program_count < r.plan_count % r.program_count)::int AS per_program,
             2 + floor(random() * 3)::int AS span, random() AS r_status, random() AS r_lead, random() AS r_shared,
             random() AS r_submitted, random() AS r_approved, random() AS r_recent, random() AS r_archived,
             random() AS r_time, random() < 0.5 AS consulted, random() AS r_consulted,
             floor(random() * 11)::int AS comment_count
      FROM generate_series(1, r.plan_count) n
    ) g
    JOIN bench_program p ON p.n = g.program_n
  ), spanned AS (
    SELECT d.*, least(d.first_fy + d.span - 1, r.first_fy + r.fiscal_years - 1) AS last_fy,
           CASE WHEN d.multilateral THEN 'the ASEAN member states' ELSE r.states_en[d.anchor + 1] END AS partner_en
    FROM drawn d CROSS JOIN bench_ref r
  ), statused AS (
    SELECT s.*,
           CASE WHEN s.last_fy < r.current_fy THEN CASE WHEN s.r_status < 0.8 THEN 'ARCHIVED' ELSE 'APPROVED' END
                WHEN s.first_fy <= r.current_fy THEN
                  CASE WHEN s.r_status < 0.8 THEN 'APPROVED' WHEN s.r_status < 0.9 THEN 'IN_REVIEW' ELSE 'SHARED' END
                ELSE CASE WHEN s.r_status < 0.4 THEN 'DRAFT' WHEN s.r_status < 0.7 THEN 'SHARED'
                          WHEN s.r_status < 0.9 THEN 'IN_REVIEW' ELSE 'APPROVED' END END AS status,
           20 + floor(s.r_shared * 40)::int AS d_shared, 20 + floor(s.r_submitted * 20)::int AS d_submitted,
           7 + floor(s.r_approved * 18)::int AS d_approved
    FROM spanned s CROSS JOIN bench_ref r
  ), dated AS (
    SELECT s.*,
           least(make_date(s.first_fy, 4, 1) - 130 - floor(s.r_lead * 100)::int,
                 current_date - 3 - floor(s.r_recent * 180)::int
                   - CASE s.status WHEN 'DRAFT' THEN 0 WHEN 'SHARED' THEN s.d_shared
                                   WHEN 'IN_REVIEW' THEN s.d_shared + s.d_submitted
                                   ELSE s.d_shared + s.d_submitted + s.d_approved END) AS created_on
    FROM statused s
  )
  SELECT d.*, 'bench-plan-' || d.n AS id,
         r.author_ids[1 + d.n % cardinality(r.author_ids)] AS author_id,
         r.author_ids[1 + (d.n + 1) % cardinality(r.author_ids)] AS approver_id,
         d.created_on + ${workingTime("d.r_time")} AS created_at,
         CASE WHEN d.status <> 'DRAFT' THEN d.created_on + d.d_shared + ${workingTime("d.r_shared")} END AS shared_at,
         CASE WHEN d.status IN ('IN_REVIEW', 'APPROVED', 'ARCHIVED')
              THEN d.created_on + d.d_shared + d.d_submitted + ${workingTime("d.r_submitted")} END AS submitted_at,
         CASE WHEN d.status IN ('APPROVED', 'ARCHIVED')
              THEN d.created_on + d.d_shared + d.d_submitted + d.d_approved + ${workingTime("d.r_approved")} END AS approved_at,
         CASE WHEN d.status = 'ARCHIVED'
              THEN least(make_date(d.last_fy + 1, 4, 1) + 14 + floor(d.r_archived * 60)::int, current_date - 1)
                     + ${workingTime("d.r_archived")} END AS archived_at,
         least(d.created_on + floor(d.r_consulted * 26)::int, current_date - 1) AS consulted_on,
         'FY' || d.first_fy || '–FY' || d.last_fy AS span_label
  FROM dated d CROSS JOIN bench_ref r`;

const PLANS = `
  INSERT INTO "ProgramPlan" (id, "programId", title, "firstFiscalYear", "lastFiscalYear", status, revision, summary,
                             sustainment, "authorId", "sharedAt", "submittedAt", "approvedAt", "approvedById",
                             illustrative, version, "createdAt", "updatedAt", "updatedById")
  SELECT pl.id, pl.program_id,
         CASE WHEN pl.multilateral THEN 'Japan-ASEAN ' || r.topics_en[pl.topic + 1] || ' plan, ' || pl.span_label
              ELSE r.topics_en[pl.topic + 1] || ' plan for ' || pl.partner_en || ', ' || pl.span_label END,
         pl.first_fy, pl.last_fy, pl.status::"PlanStatus", 1,
         CASE WHEN pl.multilateral
              THEN 'Multi-year plan for Japan-ASEAN cooperation in ' || r.topics_en[pl.topic + 1] || ', ' || pl.span_label
                   || ', open to every ASEAN member state.'
              ELSE 'Multi-year plan for cooperation with ' || pl.partner_en || ' in ' || r.topics_en[pl.topic + 1] || ', '
                   || pl.span_label || ', prepared with the partner''s defence authorities.' END,
         CASE WHEN pl.multilateral
              THEN 'By FY' || pl.last_fy || ' the ASEAN member states run the ' || r.topics_en[pl.topic + 1]
                   || ' workshops in turn, with Japan supporting the secretariat and the materials.'
              ELSE 'By FY' || pl.last_fy || ' instructors of ' || pl.partner_en || ' trained under this plan teach '
                   || r.topics_en[pl.topic + 1] || ' themselves, with JSDF officers advising only; the syllabus and '
                   || 'materials are handed over.' END,
         pl.author_id, pl.shared_at, pl.submitted_at, pl.approved_at,
         CASE WHEN pl.approved_at IS NOT NULL THEN pl.approver_id END,
         true, 1, pl.created_at,
         COALESCE(pl.archived_at, pl.approved_at, pl.submitted_at, pl.shared_at, pl.created_at),
         CASE WHEN pl.approved_at IS NOT NULL THEN pl.approver_id ELSE pl.author_id END
  FROM bench_plan pl CROSS JOIN bench_ref r`;

// Shared plans are shared with every partner state of their program (rule T4): the bilateral partner,
// or all ASEAN member states.
const PLAN_SHARED_WITH = `
  INSERT INTO "_PlanSharedWith" ("A", "B")
  SELECT ps."A", pl.id
  FROM bench_plan pl JOIN "_ProgramPartnerStates" ps ON ps."B" = pl.program_id
  WHERE pl.status <> 'DRAFT'`;

// One row per fiscal year of each plan, with the numbers of its objectives, milestones and budget lines.
const PLAN_YEAR_CHOICES = `
  CREATE TEMP TABLE bench_plan_year ON COMMIT DROP AS
  SELECT pl.n AS plan_n, pl.id AS plan_id, pl.status, pl.multilateral, pl.topic, pl.partner_en, fy,
         fy - pl.first_fy AS year_index, 'bench-py-' || pl.n || '-' || fy AS id,
         2 + floor(random() * 3)::int AS objective_count, 1 + floor(random() * 3)::int AS milestone_count,
         1 + floor(random() * 2)::int AS budget_count
  FROM bench_plan pl CROSS JOIN LATERAL generate_series(pl.first_fy, pl.last_fy) fy`;

const PLAN_YEARS = `
  INSERT INTO "PlanYear" (id, "planId", "fiscalYear", version)
  SELECT id, plan_id, fy, 1 FROM bench_plan_year`;

// Texts with their placeholders filled for a plan year y (see the templates above).
const planText = (template: string) =>
  `replace(replace(replace(replace(${template}, '{topic}', r.topics_en[y.topic + 1]), '{partner}', y.partner_en),
                   '{fy}', y.fy::text), '{prev}', (y.fy - 1)::text)`;

const PLAN_OBJECTIVES_SQL = `
  INSERT INTO "PlanObjective" (id, "planYearId", text, position, version)
  SELECT 'bench-po-' || y.plan_n || '-' || y.fy || '-' || i, y.id,
         ${planText("r.objectives[1 + (y.plan_n + 3 * y.year_index + i) % cardinality(r.objectives)]")}, i, 1
  FROM bench_plan_year y CROSS JOIN bench_ref r CROSS JOIN LATERAL generate_series(0, y.objective_count - 1) i`;

// Due at the end of June, October and February of the fiscal year (a single one: October); done or
// delayed once past (archived plans finished better), pending until then.
const PLAN_MILESTONES_SQL = `
  INSERT INTO "Milestone" (id, "planYearId", title, "dueDate", status, version)
  SELECT 'bench-ms-' || y.plan_n || '-' || y.fy || '-' || i, y.id,
         ${planText("r.milestones[1 + (y.plan_n + y.year_index + 2 * i) % cardinality(r.milestones)]")}, d.due,
         (CASE WHEN d.due >= current_date THEN 'PENDING'
               WHEN random() < CASE WHEN y.status = 'ARCHIVED' THEN 0.9 ELSE 0.75 END THEN 'DONE'
               ELSE 'DELAYED' END)::"MilestoneStatus", 1
  FROM bench_plan_year y CROSS JOIN bench_ref r CROSS JOIN LATERAL generate_series(0, y.milestone_count - 1) i
  CROSS JOIN LATERAL (SELECT CASE WHEN y.milestone_count = 1 OR i = 1 THEN make_date(y.fy, 10, 31)
                                  WHEN i = 0 THEN make_date(y.fy, 6, 30)
                                  ELSE make_date(y.fy + 1, 2, 28) END AS due) d`;

const BUDGET_LINES = `
  INSERT INTO "BudgetLine" (id, "planYearId", label, "amountJpy", version)
  SELECT 'bench-bl-' || y.plan_n || '-' || y.fy || '-' || i, y.id,
         CASE WHEN y.multilateral THEN r.budget_multilateral[1 + (y.plan_n + y.fy + i) % cardinality(r.budget_multilateral)]
              ELSE r.budget_bilateral[1 + (y.plan_n + y.fy + i) % cardinality(r.budget_bilateral)] END,
         (10 + floor(random() * 241)::bigint) * 100000, 1
  FROM bench_plan_year y CROSS JOIN bench_ref r CROSS JOIN LATERAL generate_series(0, y.budget_count - 1) i`;

// A consultation with the partner (rule H1) for half the plans, in the weeks after the plan was started.
const CONSULTATIONS = `
  INSERT INTO "ConsultationRecord" (id, "planId", "heldOn", counterpart, summary, version, "createdAt")
  SELECT 'bench-cr-' || pl.n, pl.id, pl.consulted_on,
         CASE WHEN pl.multilateral THEN 'ASEAN defence officials at the ADMM-Plus working group meeting'
              ELSE 'Ministry of Defence of ' || pl.partner_en END,
         CASE WHEN pl.multilateral
              THEN 'Presented the draft plan for ' || pl.span_label || '; the ASEAN member states'' comments were reflected in the schedule.'
              ELSE 'Reviewed the partner''s priorities for ' || pl.span_label || '; the partner confirmed the proposed fields, trainee groups and schedule.' END,
         1, pl.consulted_on + interval '17 hours'
  FROM bench_plan pl
  WHERE pl.consulted`;

// For each program and fiscal year, the synthetic plan an activity of that year would belong to: the
// latest to start among those covering it. Read from the database, so that addSyntheticActivities links
// its activities to the plans the first run made.
const PLAN_COVER = `
  CREATE TEMP TABLE bench_plan_cover ON COMMIT DROP AS
  SELECT DISTINCT ON (p."programId", fy) p."programId" AS program_id, fy, p.id AS plan_id, p."lastFiscalYear" AS last_fy
  FROM "ProgramPlan" p CROSS JOIN LATERAL generate_series(p."firstFiscalYear", p."lastFiscalYear") fy
  WHERE p.id LIKE 'bench-plan-%'
  ORDER BY p."programId", fy, p."firstFiscalYear" DESC, p.id`;

// Every random choice of an activity, drawn once. anchor: the first participant (the bilateral partner,
// or an ASEAN member for a multilateral program); the others follow from offset and stride (see
// participantStrides). Host: Japan for 30%, none (held online) for 5%, else the anchor state. Plan: for
// 30%, the program's plan of that year if it covers the end date too (rule T5). Created: in the fiscal
// year, before the start; when that would be today or later, some time in the last two years.
const ACTIVITY_CHOICES = `
  CREATE TEMP TABLE bench_activity ON COMMIT DROP AS
  WITH drawn AS (
    SELECT g.n, p.id AS program_id, p.multilateral, p.framework,
           COALESCE(p.anchor, floor(random() * r.asean_count)::int) AS anchor,
           CASE WHEN random() < 0.8 THEN p.topic ELSE floor(random() * cardinality(r.topics_en))::int END AS topic,
           (SELECT min(k) FROM generate_subscripts(r.kind_cumulative, 1) k WHERE r.kind_cumulative[k] >= rk) AS kind_index,
           r.first_fy + floor(random() * r.fiscal_years)::int AS fy,
           floor(random() * 365)::int AS day_of_year,
           CASE WHEN rc < 0.35 THEN 1 WHEN rc < 0.65 THEN 2 WHEN rc < 0.85 THEN 3 ELSE 4 END AS participant_count,
           floor(random() * (cardinality(r.states) - 1))::int AS offset_,
           r.strides[1 + floor(random() * cardinality(r.strides))::int] AS stride,
           CASE WHEN rh < 0.30 AND r.japan IS NOT NULL THEN 'japan' WHEN rh < 0.35 THEN 'online' ELSE 'anchor' END AS host_kind,
           random() < 0.4 AS has_title_ja, random() < 0.4 AS second_key_area, random() < 0.4 AS second_means,
           random() AS r_duration, random() AS r_location, random() AS r_status, random() AS r_extra,
           random() < 0.3 AS in_plan, random() AS r_created, random() AS r_time
    FROM bench_ref r
    CROSS JOIN LATERAL (
      SELECT n, 1 + floor(random() * r.program_count)::int AS program_n, random() AS rk, random() AS rc, random() AS rh
      FROM generate_series(r.first_activity, r.first_activity + r.activity_count - 1) n
    ) g
    JOIN bench_program p ON p.n = g.program_n
  ), dated AS (
    SELECT d.*, s.start_date,
           s.start_date + r.kind_min_days[d.kind_index]
             + floor(d.r_duration * (r.kind_max_days[d.kind_index] - r.kind_min_days[d.kind_index] + 1))::int AS end_date,
           CASE WHEN make_date(d.fy, 4, 1) + floor(d.r_created * (d.day_of_year + 1))::int < current_date
                THEN make_date(d.fy, 4, 1) + floor(d.r_created * (d.day_of_year + 1))::int
                ELSE current_date - 1 - floor(d.r_created * 730)::int END + ${workingTime("d.r_time")} AS created_at
    FROM drawn d CROSS JOIN bench_ref r
    CROSS JOIN LATERAL (SELECT make_date(d.fy, 4, 1) + d.day_of_year AS start_date) s
  )
  SELECT d.*, 'bench-a-' || d.n AS id, c.plan_id,
         CASE d.host_kind WHEN 'japan' THEN r.japan WHEN 'anchor' THEN r.states[d.anchor + 1] END AS host
  FROM dated d CROSS JOIN bench_ref r
  LEFT JOIN bench_plan_cover c ON d.in_plan AND c.program_id = d.program_id AND c.fy = d.fy
                              AND c.last_fy >= ${fiscalYearOf("d.end_date")}`;

const ACTIVITIES = `
  INSERT INTO "Activity" (id, "programId", "planId", kind, title, "titleJa", description, "startDate", "endDate",
                          "fiscalYear", location, "hostStateCode", "frameworkCode", status, outcomes, illustrative,
                          source, "createdAt", "updatedAt")
  SELECT a.id, a.program_id, a.plan_id, r.kinds[a.kind_index]::"ActivityKind",
         replace(r.kind_en[a.kind_index], '{topic}', r.topics_en[a.topic + 1])
           || CASE WHEN a.multilateral THEN ' for ASEAN Member States' ELSE ' with ' || anchor."nameEn" END,
         CASE WHEN a.has_title_ja THEN
           CASE WHEN a.multilateral THEN '日ASEAN' ELSE r.states_ja[a.anchor + 1] || 'との' END
             || replace(r.kind_ja[a.kind_index], '{topic}', r.topics_ja[a.topic + 1]) END,
         'Illustrative activity generated for benchmarks.',
         a.start_date, a.end_date, a.fy,
         CASE WHEN a.host IS NULL THEN 'Online'
              ELSE COALESCE(r.locations -> a.host ->> floor(a.r_location * jsonb_array_length(r.locations -> a.host))::int,
                            host."nameEn") END,
         a.host, a.framework,
         (CASE WHEN a.start_date > current_date THEN
                 CASE WHEN a.r_status < 0.05 THEN 'POSTPONED'
                      WHEN a.r_status < 0.35 AND a.start_date < current_date + 180 THEN 'CONFIRMED'
                      ELSE 'PLANNED' END
               ELSE CASE WHEN a.r_status < 0.06 THEN 'CANCELLED' WHEN a.r_status < 0.10 THEN 'POSTPONED'
                         ELSE 'CONDUCTED' END END)::"ActivityStatus",
         CASE WHEN a.start_date <= current_date AND a.r_status >= 0.10
              THEN 'Conducted as planned; participants shared lessons on ' || lower(r.topics_en[a.topic + 1]) || '.'
              ELSE '' END,
         true, r.source, a.created_at, a.created_at
  FROM bench_activity a CROSS JOIN bench_ref r
  JOIN "PartnerState" anchor ON anchor.code = r.states[a.anchor + 1]
  LEFT JOIN "PartnerState" host ON host.code = a.host`;

const ACTIVITY_PARTICIPANTS = `
  INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role, "participantCount")
  SELECT a.id,
         r.states[1 + CASE WHEN j = 0 THEN a.anchor
                           ELSE (a.anchor + 1 + (a.offset_ + (j - 1) * a.stride) % (cardinality(r.states) - 1))
                                % cardinality(r.states) END],
         (CASE WHEN j = 0 AND a.host_kind = 'anchor' THEN 'HOST'
               WHEN j = 3 AND a.r_extra < 0.5 THEN 'OBSERVER' ELSE 'PARTICIPANT' END)::"ParticipantRole",
         CASE WHEN a.r_extra < 0.8 THEN 2 + floor(random() * 30)::int END
  FROM bench_activity a CROSS JOIN bench_ref r
  CROSS JOIN LATERAL generate_series(0, a.participant_count - 1) j`;

// The first key area (means) is the topic's; a second one, when drawn, is any other.
const ACTIVITY_KEY_AREAS = `
  INSERT INTO "_ActivityToKeyArea" ("A", "B")
  SELECT a.id, r.key_areas[1 + (r.topic_key_area[a.topic + 1] + j * (1 + floor(random() * (cardinality(r.key_areas) - 1))::int))
                       % cardinality(r.key_areas)]
  FROM bench_activity a CROSS JOIN bench_ref r CROSS JOIN generate_series(0, 1) j
  WHERE j = 0 OR (a.second_key_area AND cardinality(r.key_areas) > 1)`;

const ACTIVITY_MEANS = `
  INSERT INTO "_ActivityToMeans" ("A", "B")
  SELECT a.id, r.means[1 + (r.topic_means[a.topic + 1] + j * (1 + floor(random() * (cardinality(r.means) - 1))::int))
                       % cardinality(r.means)]
  FROM bench_activity a CROSS JOIN bench_ref r CROSS JOIN generate_series(0, 1) j
  WHERE j = 0 OR (a.second_means AND cardinality(r.means) > 1)`;

// Every random choice of a partner need, drawn once. Need n is of the ASEAN member state
// (n - 1) mod members, about the topic of one of that state's bilateral programs (program_n; a random
// topic and no program when the state has none), submitted between half a year before the range and
// yesterday. Recent needs (under a year) are mostly not yet dealt with, older ones mostly addressed.
const NEED_CHOICES = `
  CREATE TEMP TABLE bench_need ON COMMIT DROP AS
  WITH state_program AS (
    SELECT anchor, n AS program_n, id AS program_id, topic,
           row_number() OVER (PARTITION BY anchor ORDER BY n) - 1 AS j, count(*) OVER (PARTITION BY anchor) AS programs
    FROM bench_program WHERE NOT multilateral
  ), drawn AS (
    SELECT g.*, (g.n - 1) % r.asean_count AS anchor, r.states[1 + (g.n - 1) % r.asean_count] AS state_code,
           make_date(r.first_fy, 4, 1) - 180
             + floor(g.r_when * (current_date - make_date(r.first_fy, 4, 1) + 180))::int AS created_on
    FROM bench_ref r
    CROSS JOIN LATERAL (
      SELECT n, random() AS r_program, floor(random() * cardinality(r.topics_en))::int AS any_topic, random() AS r_when,
             random() AS r_priority, random() AS r_status, random() < 0.7 AS answered_by_plan, random() AS r_time,
             random() AS r_triage, 1 + floor(random() * 3)::int AS activity_links
      FROM generate_series(1, r.need_count) n
    ) g
  )
  SELECT d.n, 'bench-need-' || d.n AS id, d.anchor, d.state_code, sp.program_n, sp.program_id,
         COALESCE(sp.topic, d.any_topic) AS topic, d.created_on, ${fiscalYearOf("d.created_on")} AS fy,
         d.created_on + ${workingTime("d.r_time")} AS created_at, d.answered_by_plan, d.activity_links, d.r_triage,
         CASE WHEN d.r_priority < 0.3 THEN 'HIGH' WHEN d.r_priority < 0.8 THEN 'MEDIUM' ELSE 'LOW' END AS priority,
         CASE WHEN current_date - d.created_on < 365 THEN
                CASE WHEN d.r_status < 0.4 THEN 'SUBMITTED' WHEN d.r_status < 0.8 THEN 'ACKNOWLEDGED'
                     WHEN d.r_status < 0.92 THEN 'ADDRESSED' ELSE 'DECLINED' END
              ELSE CASE WHEN d.r_status < 0.02 THEN 'SUBMITTED' WHEN d.r_status < 0.25 THEN 'ACKNOWLEDGED'
                        WHEN d.r_status < 0.85 THEN 'ADDRESSED' ELSE 'DECLINED' END END AS status
  FROM drawn d
  LEFT JOIN state_program sp ON sp.anchor = d.anchor AND sp.j = floor(d.r_program * sp.programs)`;

// Triaged (acknowledged, addressed, declined) 1-8 weeks after submission, never after today.
const NEEDS = `
  INSERT INTO "PartnerNeed" (id, "stateCode", title, description, "keyAreaCode", priority, status, "declineReason",
                             illustrative, version, "createdAt", "updatedAt")
  SELECT n.id, n.state_code,
         replace(r.need_titles[1 + (n.n / r.asean_count) % cardinality(r.need_titles)], '{topic}', r.topics_en[n.topic + 1]),
         replace(replace(r.need_descriptions[1 + n.n % cardinality(r.need_descriptions)], '{topic}', r.topics_en[n.topic + 1]),
                 '{state}', r.states_en[n.anchor + 1]),
         r.key_areas[1 + r.topic_key_area[n.topic + 1]], n.priority::"Priority", n.status::"NeedStatus",
         CASE WHEN n.status = 'DECLINED'
              THEN replace(r.decline_reasons[1 + n.n % cardinality(r.decline_reasons)], '{fy}', n.fy::text) END,
         true, 1, n.created_at,
         CASE WHEN n.status = 'SUBMITTED' THEN n.created_at
              ELSE greatest(n.created_at, least(n.created_at + (7 + floor(n.r_triage * 50)::int) * interval '1 day',
                                                current_date::timestamp)) END
  FROM bench_need n CROSS JOIN bench_ref r`;

// Plans answering needs. Every addressed need and 70% of the acknowledged ones: the plan of the need's
// program that starts soonest after the need came in (else the latest). And every bilateral plan
// without a consultation cites a need of its partner (rule H1): preferably a triaged one of the same
// program, submitted closest before the plan was started.
const NEED_PLANS = `
  INSERT INTO "_NeedPlans" ("A", "B")
  SELECT n.id, pl.id
  FROM bench_need n
  CROSS JOIN LATERAL (SELECT pl.id FROM bench_plan pl WHERE pl.program_n = n.program_n
                      ORDER BY pl.first_fy > n.fy DESC, abs(pl.first_fy - n.fy - 1), pl.n LIMIT 1) pl
  WHERE n.status = 'ADDRESSED' OR (n.status = 'ACKNOWLEDGED' AND n.answered_by_plan)
  UNION
  SELECT n.id, pl.id
  FROM bench_plan pl
  CROSS JOIN LATERAL (SELECT n.id FROM bench_need n WHERE n.anchor = pl.anchor
                      ORDER BY n.status IN ('ACKNOWLEDGED', 'ADDRESSED') DESC, n.program_n = pl.program_n DESC,
                               n.created_at <= pl.created_at DESC,
                               abs(EXTRACT(EPOCH FROM pl.created_at - n.created_at)), n.n LIMIT 1) n
  WHERE NOT pl.multilateral AND NOT pl.consulted`;

// Addressed needs are also answered by 1-3 activities of their program conducted after they came in
// (the state takes part in them: it is the program's partner, the first participant of each). The
// status compared as text: without statistics yet, the planner would AND in the status index, which
// returns two thirds of the table for each need.
const NEED_ACTIVITIES = `
  INSERT INTO "_NeedActivities" ("A", "B")
  SELECT a.id, n.id
  FROM bench_need n
  CROSS JOIN LATERAL (SELECT a.id FROM "Activity" a
                      WHERE a."programId" = n.program_id AND a."startDate" > n.created_on AND a.status::text = 'CONDUCTED'
                      ORDER BY a."startDate", a.id LIMIT n.activity_links) a
  WHERE n.status = 'ADDRESSED'`;

// 0-10 comments per plan, by the synthetic planners, spread in order over the plan's span as far as
// it has passed (from its creation for a plan that has not started; until its archiving).
const PLAN_COMMENTS_SQL = `
  INSERT INTO "PlanComment" (id, "planId", "authorId", body, "createdAt")
  SELECT 'bench-pc-' || pl.n || '-' || i, pl.id, r.author_ids[1 + (pl.n + i) % cardinality(r.author_ids)],
         replace(replace(replace(r.comments[1 + (3 * pl.n + i) % cardinality(r.comments)], '{topic}', r.topics_en[pl.topic + 1]),
                         '{partner}', pl.partner_en), '{fy}', (pl.first_fy + i % (pl.last_fy - pl.first_fy + 1))::text),
         date_trunc('minute', w.lo + (i - 1 + random()) / pl.comment_count * (w.hi - w.lo))
  FROM bench_plan pl CROSS JOIN bench_ref r
  CROSS JOIN LATERAL (SELECT least(make_date(pl.last_fy + 1, 4, 1)::timestamp, COALESCE(pl.archived_at, 'infinity'),
                                   current_date::timestamp) AS hi) h
  CROSS JOIN LATERAL (SELECT h.hi, CASE WHEN make_date(pl.first_fy, 4, 1) < h.hi
                                        THEN greatest(pl.created_at, make_date(pl.first_fy, 4, 1)) ELSE pl.created_at END AS lo) w
  CROSS JOIN LATERAL generate_series(1, pl.comment_count) i`;

// What the editors write (lib/data/activities/writes.ts, lib/data/plans/writes.ts), with a smaller "after":
// a plan is always created as a DRAFT; an activity as it stands (it has no later event). In time order,
// so that ids follow time as in a real trail.
const AUDIT_EVENTS = `
  INSERT INTO "AuditEvent" ("actorId", "actorEmail", action, entity, "entityId", after, at)
  SELECT e.actor_id, u.email, e.action, e.entity, e.entity_id, e.after, e.at
  FROM (
    SELECT r.author_ids[1 + b.n % cardinality(r.author_ids)] AS actor_id, 'activity.create' AS action, 'Activity' AS entity,
           a.id AS entity_id,
           jsonb_build_object('id', a.id, 'programId', a."programId", 'planId', a."planId", 'kind', a.kind, 'title', a.title,
                              'startDate', a."startDate", 'endDate', a."endDate", 'fiscalYear', a."fiscalYear",
                              'hostStateCode', a."hostStateCode", 'status', a.status) AS after,
           a."createdAt" AS at
    FROM bench_activity b JOIN "Activity" a ON a.id = b.id CROSS JOIN bench_ref r
    UNION ALL
    SELECT pl.author_id, 'plan.create', 'ProgramPlan', pl.id,
           jsonb_build_object('id', pl.id, 'programId', pl.program_id, 'title', p.title, 'status', 'DRAFT', 'revision', 1,
                              'firstFiscalYear', pl.first_fy, 'lastFiscalYear', pl.last_fy, 'authorId', pl.author_id),
           pl.created_at
    FROM bench_plan pl JOIN "ProgramPlan" p ON p.id = pl.id
  ) e
  JOIN "User" u ON u.id = e.actor_id
  ORDER BY e.at, e.entity_id`;

// ---- results and resources (issue 17): what the review of efforts counts, at the same scale.
// The current fiscal year in Japan, as the portal reckons it.
const CURRENT_FY = `extract(year FROM (now() AT TIME ZONE 'Asia/Tokyo') - interval '3 months')::int`;

/** Two indicators per plan, a target for each fiscal year of its span (10, 20, 30...). */
const INDICATORS = `
  INSERT INTO "PlanIndicator" (id, "planId", position, "titleEn", "titleJa", unit, direction, "baselineValue", "baselineDate", verification)
  SELECT 'bench-ind-' || substr(p.id, 12) || '-' || k, p.id, k, 'Synthetic indicator ' || (k + 1), '合成指標' || (k + 1), 'people',
         'HIGHER_IS_BETTER', 0, make_date(p."firstFiscalYear", 4, 1), 'Course records'
  FROM "ProgramPlan" p CROSS JOIN generate_series(0, 1) k
  WHERE p.id LIKE 'bench-plan-%'`;

const INDICATOR_TARGETS = `
  INSERT INTO "IndicatorTarget" ("indicatorId", "fiscalYear", value)
  SELECT i.id, fy, 10 * (fy - p."firstFiscalYear" + 1)
  FROM "PlanIndicator" i JOIN "ProgramPlan" p ON p.id = i."planId"
  CROSS JOIN LATERAL generate_series(p."firstFiscalYear", p."lastFiscalYear") fy
  WHERE i.id LIKE 'bench-ind-%'`;

/** Most years that have begun are measured: between 60% and 120% of the target. */
const INDICATOR_ACTUALS = `
  INSERT INTO "IndicatorActual" (id, "indicatorId", "fiscalYear", value, "measuredOn", evidence, "updatedAt")
  SELECT t."indicatorId" || '-' || t."fiscalYear", t."indicatorId", t."fiscalYear", round((t.value * (0.6 + random() * 0.6))::numeric, 1),
         least(make_date(t."fiscalYear" + 1, 3, 15), current_date), 'Course records', now()
  FROM "IndicatorTarget" t
  WHERE t."indicatorId" LIKE 'bench-ind-%' AND t."fiscalYear" <= ${CURRENT_FY} AND random() < 0.85`;

/** Reports on four in five conducted activities. */
const AFTER_ACTION_REPORTS = `
  INSERT INTO "AfterActionReport" (id, "activityId", "doneVsPlanned", results, lessons, illustrative, "updatedAt")
  SELECT 'bench-aar-' || substr(a.id, 9), a.id, 'Conducted as planned.', 'Partner instructors led two sessions.', 'Start the invitations earlier.', true, now()
  FROM "Activity" a
  WHERE a.id LIKE 'bench-a-%' AND a.status = 'CONDUCTED' AND random() < 0.8`;

/** Up to two follow-ups on most reports, most of them closed. */
const FOLLOW_UPS = `
  INSERT INTO "FollowUpAction" (id, "reportId", position, action, owner, "dueDate", "closedOn")
  SELECT r.id || '-f' || k, r.id, k, 'Follow-up ' || (k + 1), 'J5 international policy', a."endDate" + 60,
         CASE WHEN random() < 0.7 THEN least(a."endDate" + 45, current_date) END
  FROM "AfterActionReport" r JOIN "Activity" a ON a.id = r."activityId" CROSS JOIN generate_series(0, 1) k
  WHERE r.id LIKE 'bench-aar-%' AND random() < 0.6`;

/** Feedback from two in five taking-part states of conducted activities. */
const PARTNER_FEEDBACK = `
  INSERT INTO "PartnerFeedback" (id, "activityId", "stateCode", usefulness, fit, comment, illustrative, "updatedAt")
  SELECT 'bench-fb-' || substr(p."activityId", 9) || '-' || p."stateCode", p."activityId", p."stateCode",
         1 + floor(random() * 5)::int, 1 + floor(random() * 5)::int, '', true, now()
  FROM "ActivityParticipant" p JOIN "Activity" a ON a.id = p."activityId"
  WHERE a.id LIKE 'bench-a-%' AND a.status = 'CONDUCTED' AND random() < 0.4`;

/** Spending against each budget line of the approved and archived plans' years begun: 70% to 120% of it. */
const SPENDING_LINES = `
  INSERT INTO "SpendingLine" (id, "planId", "fiscalYear", "spentOn", category, "amountJpy", description, illustrative, "updatedAt")
  SELECT 'bench-sp-' || substr(b.id, 7), y."planId", y."fiscalYear", least(make_date(y."fiscalYear", 9, 1), current_date), b.category,
         round(b."amountJpy" * (0.7 + random() * 0.5)), b.label, true, now()
  FROM "BudgetLine" b JOIN "PlanYear" y ON y.id = b."planYearId" JOIN "ProgramPlan" p ON p.id = y."planId"
  WHERE p.id LIKE 'bench-plan-%' AND p.status IN ('APPROVED', 'ARCHIVED') AND y."fiscalYear" <= ${CURRENT_FY}`;

interface Step {
  label: string;
  sql: string;
  /** The table whose inserted rows the step counts, if any. */
  table?: string;
}

/** The activities and what belongs to each: run by both generateSyntheticData and addSyntheticActivities. */
const ACTIVITY_STEPS: Step[] = [
  { label: "plan cover", sql: PLAN_COVER },
  { label: "activity choices", sql: ACTIVITY_CHOICES },
  { label: "activities", sql: ACTIVITIES, table: "Activity" },
  { label: "participants", sql: ACTIVITY_PARTICIPANTS, table: "ActivityParticipant" },
  { label: "activity areas", sql: ACTIVITY_KEY_AREAS, table: "_ActivityToKeyArea" },
  { label: "activity means", sql: ACTIVITY_MEANS, table: "_ActivityToMeans" },
];

/** The generation, in order. Program choices come first: the first random numbers after setseed. */
const STEPS: Step[] = [
  { label: "program choices", sql: PROGRAM_CHOICES },
  { label: "users", sql: USERS, table: "User" },
  { label: "programs", sql: PROGRAMS, table: "Program" },
  { label: "program states", sql: PROGRAM_PARTNER_STATES, table: "_ProgramPartnerStates" },
  { label: "program areas", sql: PROGRAM_KEY_AREAS, table: "_KeyAreaToProgram" },
  { label: "program means", sql: PROGRAM_MEANS, table: "_MeansToProgram" },
  { label: "program ends", sql: PROGRAM_ENDS, table: "_EndToProgram" },
  { label: "program approaches", sql: PROGRAM_APPROACHES, table: "_ApproachToProgram" },
  { label: "program frameworks", sql: PROGRAM_FRAMEWORKS, table: "_FrameworkToProgram" },
  { label: "plan choices", sql: PLAN_CHOICES },
  { label: "plans", sql: PLANS, table: "ProgramPlan" },
  { label: "plan sharing", sql: PLAN_SHARED_WITH, table: "_PlanSharedWith" },
  { label: "plan year choices", sql: PLAN_YEAR_CHOICES },
  { label: "plan years", sql: PLAN_YEARS, table: "PlanYear" },
  { label: "plan objectives", sql: PLAN_OBJECTIVES_SQL, table: "PlanObjective" },
  { label: "milestones", sql: PLAN_MILESTONES_SQL, table: "Milestone" },
  { label: "budget lines", sql: BUDGET_LINES, table: "BudgetLine" },
  { label: "consultations", sql: CONSULTATIONS, table: "ConsultationRecord" },
  ...ACTIVITY_STEPS,
  { label: "need choices", sql: NEED_CHOICES },
  { label: "needs", sql: NEEDS, table: "PartnerNeed" },
  { label: "need plans", sql: NEED_PLANS, table: "_NeedPlans" },
  { label: "need activities", sql: NEED_ACTIVITIES, table: "_NeedActivities" },
  { label: "plan comments", sql: PLAN_COMMENTS_SQL, table: "PlanComment" },
  { label: "audit events", sql: AUDIT_EVENTS, table: "AuditEvent" },
  { label: "indicators", sql: INDICATORS, table: "PlanIndicator" },
  { label: "indicator targets", sql: INDICATOR_TARGETS, table: "IndicatorTarget" },
  { label: "indicator actuals", sql: INDICATOR_ACTUALS, table: "IndicatorActual" },
  { label: "after-action reports", sql: AFTER_ACTION_REPORTS, table: "AfterActionReport" },
  { label: "follow-ups", sql: FOLLOW_UPS, table: "FollowUpAction" },
  { label: "partner feedback", sql: PARTNER_FEEDBACK, table: "PartnerFeedback" },
  { label: "spending lines", sql: SPENDING_LINES, table: "SpendingLine" },
];

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got ${value})`);
  return value;
}

function nonNegativeInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, 0 or more (got ${value})`);
  return value;
}

function checkSeed(seed: number): number {
  if (!(seed >= -1 && seed <= 1)) throw new Error(`seed must lie between -1 and 1 (got ${seed})`);
  return seed;
}

/** Runs `fn` in one transaction on a new connection to `url`, with the settings and seed of a generation. */
async function inGeneration(
  url: string,
  seed: number,
  fn: (client: pg.Client, timed: <T>(label: string, step: () => Promise<T>) => Promise<T>) => Promise<void>,
): Promise<SyntheticDataSummary> {
  const started = Date.now();
  const steps: SyntheticDataSummary["steps"] = [];
  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    const result = await step();
    steps.push({ label, ms: Date.now() - stepStarted });
    return result;
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Nothing here is worth waiting for the disk on each commit; the work_mem keeps the sorts in memory.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL work_mem = '64MB'");
    // JIT compiling takes longer than running most of these statements: the planner, without
    // statistics on the temporary tables, overestimates their cost.
    await client.query("SET LOCAL jit = off");
    await client.query("SELECT setseed($1)", [seed]);
    await fn(client, timed);
    await timed("commit", () => client.query("COMMIT"));
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
  // Fresh statistics, or the first queries plan for empty tables. VACUUM too: it sets the visibility map
  // (index-only scans then skip the heap, as on a settled database), and it leaves autovacuum nothing
  // to start on these tables in the middle of a measurement.
  await timed("vacuum analyze", async () => {
    const analyzer = new pg.Client({ connectionString: url });
    await analyzer.connect();
    try {
      await analyzer.query("VACUUM (ANALYZE)");
    } finally {
      await analyzer.end().catch(() => {});
    }
  });
  return { rows: {}, steps, seconds: (Date.now() - started) / 1000 };
}

async function runSteps(
  client: pg.Client,
  steps: Step[],
  rows: Record<string, number>,
  timed: <T>(label: string, step: () => Promise<T>) => Promise<T>,
): Promise<void> {
  for (const step of steps) {
    const result = await timed(step.label, () => client.query(step.sql));
    if (step.table) rows[step.table] = (rows[step.table] ?? 0) + (result.rowCount ?? 0);
  }
}

/** Adds the synthetic dataset to the database at `url` in one transaction, then VACUUMs and ANALYZEs it. */
export async function generateSyntheticData(url: string, options: SyntheticDataOptions): Promise<SyntheticDataSummary> {
  const sizes: Sizes = {
    activities: positiveInteger("activities", options.activities),
    firstActivity: 1,
    programs: positiveInteger("programs", options.programs ?? 200),
    plans: nonNegativeInteger("plans", options.plans ?? 2000),
    needs: nonNegativeInteger("needs", options.needs ?? 2000),
    fiscalYears: positiveInteger("fiscalYears", options.fiscalYears ?? 20),
    firstFiscalYear: positiveInteger("firstFiscalYear", options.firstFiscalYear ?? 2012),
  };
  if (sizes.plans > 0 && sizes.fiscalYears < 2) throw new Error("plans span at least two fiscal years: fiscalYears must be 2 or more");
  const rows: Record<string, number> = {};
  const summary = await inGeneration(url, checkSeed(options.seed ?? 0.42), async (client, timed) => {
    const reference = await readReference(client);
    await client.query(REFERENCE_TABLE, referenceValues(reference, sizes));
    await runSteps(client, STEPS, rows, timed);
  });
  return { ...summary, rows };
}

/**
 * Adds `count` activities numbered from `from` ('bench-a-<from>' on), with their participants, key
 * areas, means and plan links, to a database generated by generateSyntheticData (with the same seed
 * and fiscal years): the exports measured at 10x the scale on the same data. No needs, comments or
 * audit events for these. In one transaction, then VACUUM (ANALYZE).
 *
 * The activities are drawn by the same SQL: the programs again from the seed (the first random
 * numbers after setseed, as in the first run; refused when they differ from the database's), the
 * plans they join read from the database. The activities themselves come from a stream seeded by
 * seed and `from`, so they do not repeat the first run's.
 */
export async function addSyntheticActivities(url: string, options: AddSyntheticActivitiesOptions): Promise<SyntheticDataSummary> {
  const from = positiveInteger("from", options.from);
  const count = positiveInteger("count", options.count);
  const seed = checkSeed(options.seed ?? 0.42);
  const fiscalYears = positiveInteger("fiscalYears", options.fiscalYears ?? 20);
  const firstFiscalYear = positiveInteger("firstFiscalYear", options.firstFiscalYear ?? 2012);
  const rows: Record<string, number> = {};
  const summary = await inGeneration(url, seed, async (client, timed) => {
    const reference = await readReference(client);
    const existing = await client.query<{ programs: number; taken: boolean }>(
      `SELECT (SELECT count(*)::int FROM "Program" WHERE id ~ '^bench-p-[0-9]+$') AS programs,
              EXISTS (SELECT 1 FROM "Activity" WHERE id = ANY($1::text[])) AS taken`,
      [[`bench-a-${from}`, `bench-a-${from + count - 1}`]],
    );
    const { programs, taken } = existing.rows[0] ?? { programs: 0, taken: false };
    if (programs === 0) throw new Error("the database holds no synthetic programs: run generateSyntheticData on it first");
    if (taken) throw new Error(`activities numbered ${from} to ${from + count - 1} exist already: choose another \`from\``);
    const sizes: Sizes = { programs, plans: 0, needs: 0, firstActivity: from, activities: count, firstFiscalYear, fiscalYears };
    await client.query(REFERENCE_TABLE, referenceValues(reference, sizes));
    await timed("program choices", () => client.query(PROGRAM_CHOICES));
    const check = await client.query<{ drawn: number; different: number }>(PROGRAM_CHECK);
    if ((check.rows[0]?.different ?? 1) > 0) {
      throw new Error(
        `the programs drawn from seed ${seed} are not those in the database (${check.rows[0]?.different} of ${programs} differ): ` +
          "pass the seed the database was generated with",
      );
    }
    // A stream of its own for each `from`: otherwise the new activities would draw the random numbers
    // that followed the programs in the first run, and repeat its choices in another order.
    await client.query("SELECT setseed($1)", [((((seed + 1 + from * 0.6180339887) % 2) + 2) % 2) - 1]);
    await runSteps(client, ACTIVITY_STEPS, rows, timed);
  });
  return { ...summary, rows };
}
