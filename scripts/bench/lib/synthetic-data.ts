// A synthetic dataset of portal size for benchmarks, generated inside PostgreSQL with set-based SQL
// (generate_series + INSERT ... SELECT): 100,000 activities take seconds, where rows sent one by one
// from Node would take minutes.
//
// It expects the reference seed (`prisma/seed.ts --reference-only`) to be in the database already:
// states, key areas, means, ends, approaches and frameworks are read from there, so the data follows
// whatever the reference data holds. Every record is marked illustrative and gets a readable id
// ('bench-p-<n>', 'bench-a-<n>'), so that it can never be taken for a real one.
//
// The shape: about 200 programs (one in five multilateral, for all ASEAN member states; the others
// bilateral, for one ASEAN member state each, with a topic such as maritime domain awareness); each
// activity belongs to a program, lies in one of 20 fiscal years, has 1-4 participating states (ASEAN
// members and ADMM-Plus partners), 1-2 key areas, 1-2 means and usually a host state. The random
// choices are drawn once per record into temporary tables, from a fixed seed, so a run at the same
// scale produces the same data.
//
// Meant to grow: a broader benchmark adds its steps (plans, needs, comments, audit events...) to
// STEPS, each one SQL statement run in the same transaction, reading the same bench_ref row.
import pg from "pg";

export interface SyntheticDataOptions {
  /** Number of activities. */
  activities: number;
  /** Number of programs (default 200). */
  programs?: number;
  /** First fiscal year of the spread (default 2012) and how many years it covers (default 20). */
  firstFiscalYear?: number;
  fiscalYears?: number;
  /** Seed for PostgreSQL's random(), between -1 and 1 (default 0.42): same seed, same data. */
  seed?: number;
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

const JAPAN = "JP";

interface Reference {
  states: string[]; // participants: ASEAN members first, then the other ADMM-Plus countries; not Japan
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

// One row holding every list the steps pick from, so that the steps need no parameters of their own.
const REFERENCE_TABLE = `
  CREATE TEMP TABLE bench_ref ON COMMIT DROP AS
  SELECT $1::text[] AS states, $2::text[] AS states_ja, $3::int AS asean_count,
         $4::text[] AS key_areas, $5::text[] AS means, $6::text[] AS ends, $7::text[] AS approaches,
         $8::text[] AS frameworks, $9::text[] AS topics_en, $10::text[] AS topics_ja,
         $11::int[] AS topic_key_area, $12::int[] AS topic_means,
         $13::text[] AS kinds, $14::float8[] AS kind_cumulative, $15::text[] AS kind_en, $16::text[] AS kind_ja,
         $17::int[] AS kind_min_days, $18::jsonb AS locations, $19::int[] AS strides,
         $20::int AS program_count, $21::int AS activity_count, $22::int AS first_fy, $23::int AS fiscal_years,
         $24::text AS japan, $25::text AS source, $26::int[] AS kind_max_days`;

// Programs: every fifth multilateral (all ASEAN members as partners), the others bilateral, cycling
// through the ASEAN members; the bilateral ones run through the topics state by state, so no two share
// a name. anchor is the 0-based position of the bilateral partner in states.
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

const PROGRAMS = `
  INSERT INTO "Program" (id, kind, "nameEn", "nameJa", "descriptionEn", "descriptionJa", "partnerStateCode",
                         illustrative, source, "createdAt", "updatedAt")
  SELECT p.id,
         (CASE WHEN p.multilateral THEN 'MULTILATERAL' ELSE 'BILATERAL' END)::"ProgramKind",
         CASE WHEN NOT p.multilateral THEN 'Capacity Building in ' || r.topics_en[p.topic + 1] || ' for ' || s."nameEn"
              WHEN p.variant = 0 THEN 'Japan-ASEAN ' || r.topics_en[p.topic + 1] || ' Program'
              WHEN p.variant = 1 THEN 'Japan-ASEAN Invitation Program on ' || r.topics_en[p.topic + 1]
              ELSE 'ADMM-Plus ' || r.topics_en[p.topic + 1] || ' Cooperation' END,
         CASE WHEN NOT p.multilateral THEN s."nameJa" || 'に対する' || r.topics_ja[p.topic + 1] || '能力構築支援'
              WHEN p.variant = 0 THEN '日ASEAN' || r.topics_ja[p.topic + 1] || 'プログラム'
              WHEN p.variant = 1 THEN r.topics_ja[p.topic + 1] || 'に関する日ASEAN招へいプログラム'
              ELSE 'ADMMプラス' || r.topics_ja[p.topic + 1] || '協力' END,
         'Illustrative program generated for benchmarks: seminars, training and exchanges on '
           || lower(r.topics_en[p.topic + 1]) || '.',
         'ベンチマーク用に生成した例示的なプログラム。',
         s.code, true, r.source, now(), now()
  FROM bench_program p CROSS JOIN bench_ref r
  LEFT JOIN "PartnerState" s ON s.code = r.states[p.anchor + 1]`;

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

// Every random choice of an activity, drawn once. anchor: the first participant (the bilateral partner,
// or an ASEAN member for a multilateral program); the others follow from offset and stride (see
// participantStrides). Host: Japan for 30%, none (held online) for 5%, else the anchor state.
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
           random() AS r_duration, random() AS r_location, random() AS r_status, random() AS r_extra
    FROM bench_ref r
    CROSS JOIN LATERAL (
      SELECT n, 1 + floor(random() * r.program_count)::int AS program_n, random() AS rk, random() AS rc, random() AS rh
      FROM generate_series(1, r.activity_count) n
    ) g
    JOIN bench_program p ON p.n = g.program_n
  )
  SELECT d.*, 'bench-a-' || d.n AS id,
         make_date(d.fy, 4, 1) + d.day_of_year AS start_date,
         CASE d.host_kind WHEN 'japan' THEN r.japan WHEN 'anchor' THEN r.states[d.anchor + 1] END AS host
  FROM drawn d CROSS JOIN bench_ref r`;

const ACTIVITIES = `
  INSERT INTO "Activity" (id, "programId", kind, title, "titleJa", description, "startDate", "endDate", "fiscalYear",
                          location, "hostStateCode", "frameworkCode", status, outcomes, illustrative, source,
                          "createdAt", "updatedAt")
  SELECT a.id, a.program_id, r.kinds[a.kind_index]::"ActivityKind",
         replace(r.kind_en[a.kind_index], '{topic}', r.topics_en[a.topic + 1])
           || CASE WHEN a.multilateral THEN ' for ASEAN Member States' ELSE ' with ' || anchor."nameEn" END,
         CASE WHEN a.has_title_ja THEN
           CASE WHEN a.multilateral THEN '日ASEAN' ELSE r.states_ja[a.anchor + 1] || 'との' END
             || replace(r.kind_ja[a.kind_index], '{topic}', r.topics_ja[a.topic + 1]) END,
         'Illustrative activity generated for benchmarks.',
         a.start_date,
         a.start_date + r.kind_min_days[a.kind_index]
           + floor(a.r_duration * (r.kind_max_days[a.kind_index] - r.kind_min_days[a.kind_index] + 1))::int,
         CASE WHEN EXTRACT(MONTH FROM a.start_date) >= 4 THEN EXTRACT(YEAR FROM a.start_date)::int
              ELSE EXTRACT(YEAR FROM a.start_date)::int - 1 END,
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
         true, r.source, now(), now()
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

/** The generation, in order. `table` names the table whose inserted rows the step counts, if any. */
const STEPS: { label: string; sql: string; table?: string }[] = [
  { label: "program choices", sql: PROGRAM_CHOICES },
  { label: "programs", sql: PROGRAMS, table: "Program" },
  { label: "program states", sql: PROGRAM_PARTNER_STATES, table: "_ProgramPartnerStates" },
  { label: "program areas", sql: PROGRAM_KEY_AREAS, table: "_KeyAreaToProgram" },
  { label: "program means", sql: PROGRAM_MEANS, table: "_MeansToProgram" },
  { label: "program ends", sql: PROGRAM_ENDS, table: "_EndToProgram" },
  { label: "program approaches", sql: PROGRAM_APPROACHES, table: "_ApproachToProgram" },
  { label: "program frameworks", sql: PROGRAM_FRAMEWORKS, table: "_FrameworkToProgram" },
  { label: "activity choices", sql: ACTIVITY_CHOICES },
  { label: "activities", sql: ACTIVITIES, table: "Activity" },
  { label: "participants", sql: ACTIVITY_PARTICIPANTS, table: "ActivityParticipant" },
  { label: "activity areas", sql: ACTIVITY_KEY_AREAS, table: "_ActivityToKeyArea" },
  { label: "activity means", sql: ACTIVITY_MEANS, table: "_ActivityToMeans" },
];

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got ${value})`);
  return value;
}

/** Adds the synthetic dataset to the database at `url` in one transaction, then VACUUMs and ANALYZEs it. */
export async function generateSyntheticData(url: string, options: SyntheticDataOptions): Promise<SyntheticDataSummary> {
  const activityCount = positiveInteger("activities", options.activities);
  const programCount = positiveInteger("programs", options.programs ?? 200);
  const fiscalYears = positiveInteger("fiscalYears", options.fiscalYears ?? 20);
  const firstFiscalYear = options.firstFiscalYear ?? 2012;
  const seed = options.seed ?? 0.42;

  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows: Record<string, number> = {};
  const steps: SyntheticDataSummary["steps"] = [];
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    const result = await fn();
    steps.push({ label, ms: Date.now() - stepStarted });
    return result;
  };
  try {
    const reference = await readReference(client);
    let cumulative = 0;
    const kindCumulative = KINDS.map((k) => (cumulative += k.share));
    kindCumulative[kindCumulative.length - 1] = 1; // random() < 1 always finds a kind, whatever the rounding

    await client.query("BEGIN");
    // Nothing here is worth waiting for the disk on each commit; the work_mem keeps the DISTINCTs in memory.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL work_mem = '64MB'");
    await client.query("SELECT setseed($1)", [seed]);
    await client.query(REFERENCE_TABLE, [
      reference.states,
      reference.statesJa,
      reference.aseanCount,
      reference.keyAreas,
      reference.means,
      reference.ends,
      reference.approaches,
      reference.frameworks,
      TOPICS.map((t) => t.en),
      TOPICS.map((t) => t.ja),
      TOPICS.map((t) => indexOr0(reference.keyAreas, t.keyArea)),
      TOPICS.map((t) => indexOr0(reference.means, t.means)),
      KINDS.map((k) => k.kind),
      kindCumulative,
      KINDS.map((k) => k.en),
      KINDS.map((k) => k.ja),
      KINDS.map((k) => k.minDays),
      JSON.stringify(LOCATIONS),
      participantStrides(reference.states.length),
      programCount,
      activityCount,
      firstFiscalYear,
      fiscalYears,
      reference.hasJapan ? JAPAN : null,
      SYNTHETIC_SOURCE,
      KINDS.map((k) => k.maxDays),
    ]);
    for (const step of STEPS) {
      const result = await timed(step.label, () => client.query(step.sql));
      if (step.table) rows[step.table] = (rows[step.table] ?? 0) + (result.rowCount ?? 0);
    }
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
  return { rows, steps, seconds: (Date.now() - started) / 1000 };
}
