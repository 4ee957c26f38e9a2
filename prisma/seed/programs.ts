// Programs and activities documented in public sources (shared/reference/facts.md). These are seeded
// in production too (--reference-only), so nothing here is invented: facts marked uncertain in the
// sources (later Ship Rider rounds, per-state head counts) are left out.
import type { ActivityKind } from "@/generated/prisma/client";
import type { ActivitySeed, ProgramSeed } from "./types";
import { day } from "./types";
import { ASEAN_CODES, TL_NOT_YET_MEMBER_REASON, aseanMembersOn, aseanNonMembersOn } from "./states";

const MOD_SOURCE = "Japan Ministry of Defense public releases and Defense of Japan white papers";
const CAPACITY_BUILDING_SOURCE = "Japan Ministry of Defense, Defense of Japan white papers (capacity building assistance by partner)";

export const PROGRAM_IDS = {
  srcp: "seed-program-srcp",
  hadr: "seed-program-hadr-invitation",
  pap: "seed-program-pap",
  tc90: "seed-program-tc90-ph",
} as const;

export function bilateralProgramId(stateCode: string): string {
  return `seed-program-bilateral-${stateCode.toLowerCase()}`;
}

const multilateral = (p: Omit<ProgramSeed, "kind" | "partnerStateCode" | "partnerStates" | "illustrative">): ProgramSeed => ({
  ...p,
  kind: "MULTILATERAL",
  partnerStateCode: null,
  partnerStates: [...ASEAN_CODES],
  illustrative: false,
});

export const MULTILATERAL_PROGRAMS: ProgramSeed[] = [
  multilateral({
    id: PROGRAM_IDS.srcp,
    nameEn: "Japan-ASEAN Ship Rider Cooperation Program",
    nameJa: "日ASEAN乗艦協力プログラム",
    descriptionEn:
      "Invites officers of all ASEAN member states aboard a JMSDF ship for seminars on international law at sea and observation of shipboard operations, building shared norms and a sense of unity among the participants.",
    descriptionJa:
      "ASEAN全加盟国の士官を海上自衛隊の艦艇に招き、海洋に関する国際法のセミナーや艦艇の運用の見学を通じて、規範の共有と参加者間の一体感の醸成を図る。",
    ends: ["E1", "E2"],
    approaches: ["A1", "A2"],
    keyAreas: ["K1", "K2"],
    means: ["M1", "M2", "M5"],
    frameworks: ["JA_DMIM"],
    source: MOD_SOURCE,
  }),
  multilateral({
    id: PROGRAM_IDS.hadr,
    nameEn: "Japan-ASEAN Invitation Program on HA/DR",
    nameJa: "HA/DRに関する日ASEAN招へいプログラム",
    descriptionEn:
      "Invites officers of all ASEAN member states to Japan to learn JSDF humanitarian assistance and disaster relief practice through seminars, site visits and tabletop exercises.",
    descriptionJa:
      "ASEAN全加盟国の士官を日本に招へいし、セミナー、部隊等の研修及び机上演習を通じて自衛隊の人道支援・災害救援（HA/DR）の知見を共有する。",
    ends: ["E1", "E2"],
    approaches: ["A1", "A2"],
    keyAreas: ["K3"],
    means: ["M2", "M4", "M5"],
    frameworks: ["JA_DMIM"],
    source: MOD_SOURCE,
  }),
  multilateral({
    id: PROGRAM_IDS.pap,
    nameEn: "Japan-ASEAN Professional Airmanship Program",
    nameJa: "日ASEANプロフェッショナル・エアマンシップ・プログラム",
    descriptionEn:
      "Shares norms and practices for safe and professional conduct in the air among the ASEAN air forces. Proposed at the 4th Japan-ASEAN Defence Ministers' Informal Meeting (Singapore, October 2018).",
    descriptionJa:
      "ASEAN各国空軍との間で、空における安全で節度ある行動に関する規範や慣行を共有する。2018年10月の第4回日ASEAN防衛担当大臣会合（シンガポール）で提案。",
    ends: ["E1", "E2"],
    approaches: ["A1", "A2"],
    keyAreas: ["K1"],
    means: ["M1", "M2"],
    frameworks: ["JA_DMIM"],
    source: MOD_SOURCE,
  }),
];

interface BilateralFacts {
  stateCode: string;
  nameEn: string;
  nameJa: string;
  descriptionEn: string;
  descriptionJa: string;
  keyAreas: string[];
  means: string[];
  frameworks: string[];
}

// Main fields of Japan's capacity building by partner. Singapore has none in the sources: its
// program exists only in the demo seed, marked illustrative (prisma/seed/demo-content.ts).
const BILATERAL_FACTS: BilateralFacts[] = [
  {
    stateCode: "BN",
    nameEn: "Brunei Darussalam: HA/DR and search and rescue",
    nameJa: "ブルネイ：人道支援・災害救援及び捜索救難",
    descriptionEn: "Capacity building for Brunei Darussalam in humanitarian assistance and disaster relief (HA/DR) and search and rescue.",
    descriptionJa: "ブルネイに対する人道支援・災害救援（HA/DR）及び捜索救難分野の能力構築支援。",
    keyAreas: ["K3"],
    means: ["M2"],
    frameworks: [],
  },
  {
    stateCode: "KH",
    nameEn: "Cambodia: UN peacekeeping engineering",
    nameJa: "カンボジア：国連平和維持活動における施設分野",
    descriptionEn: "Capacity building for Cambodia in engineering for UN peacekeeping operations.",
    descriptionJa: "カンボジアに対する国連平和維持活動（PKO）の施設分野の能力構築支援。",
    keyAreas: ["K3"],
    means: ["M2"],
    frameworks: ["EWG_PKO"],
  },
  {
    stateCode: "ID",
    nameEn: "Indonesia: international law at sea",
    nameJa: "インドネシア：海洋に関する国際法",
    descriptionEn: "Capacity building for Indonesia in maritime international law.",
    descriptionJa: "インドネシアに対する海洋に関する国際法分野の能力構築支援。",
    keyAreas: ["K1", "K2"],
    means: ["M1", "M2"],
    frameworks: [],
  },
  {
    stateCode: "LA",
    nameEn: "Lao PDR: HA/DR and unexploded ordnance",
    nameJa: "ラオス：人道支援・災害救援及び不発弾処理",
    descriptionEn: "Capacity building for Lao PDR in humanitarian assistance and disaster relief and unexploded-ordnance clearance.",
    descriptionJa: "ラオスに対する人道支援・災害救援及び不発弾処理分野の能力構築支援。",
    keyAreas: ["K3"],
    means: ["M2"],
    frameworks: ["EWG_HMA"],
  },
  {
    stateCode: "MY",
    nameEn: "Malaysia: HA/DR",
    nameJa: "マレーシア：人道支援・災害救援",
    descriptionEn: "Capacity building for Malaysia in humanitarian assistance and disaster relief.",
    descriptionJa: "マレーシアに対する人道支援・災害救援分野の能力構築支援。",
    keyAreas: ["K3"],
    means: ["M2"],
    frameworks: [],
  },
  {
    stateCode: "MM",
    nameEn: "Myanmar: aviation weather and HA/DR",
    nameJa: "ミャンマー：航空気象及び人道支援・災害救援",
    descriptionEn: "Capacity building for Myanmar in aviation weather and humanitarian assistance and disaster relief.",
    descriptionJa: "ミャンマーに対する航空気象及び人道支援・災害救援分野の能力構築支援。",
    keyAreas: ["K3"],
    means: ["M2"],
    frameworks: [],
  },
  {
    stateCode: "PH",
    nameEn: "Philippines: ship maintenance, medicine, engineering and aviation medicine",
    nameJa: "フィリピン：艦船整備、衛生、施設及び航空医学",
    descriptionEn: "Capacity building for the Philippines in ship maintenance, military medicine, engineering and aviation medicine.",
    descriptionJa: "フィリピンに対する艦船整備、衛生、施設及び航空医学分野の能力構築支援。",
    keyAreas: ["K2", "K3"],
    means: ["M2"],
    frameworks: [],
  },
  {
    stateCode: "TH",
    nameEn: "Thailand: flight safety and UN peacekeeping",
    nameJa: "タイ：飛行安全及び国連平和維持活動",
    descriptionEn: "Capacity building for Thailand in flight safety and UN peacekeeping operations.",
    descriptionJa: "タイに対する飛行安全及び国連平和維持活動分野の能力構築支援。",
    keyAreas: ["K1", "K3"],
    means: ["M2"],
    frameworks: ["EWG_PKO"],
  },
  {
    stateCode: "TL",
    nameEn: "Timor-Leste: vehicle maintenance and engineering",
    nameJa: "東ティモール：車両整備及び施設",
    descriptionEn: "Capacity building for Timor-Leste in vehicle maintenance and engineering.",
    descriptionJa: "東ティモールに対する車両整備及び施設分野の能力構築支援。",
    keyAreas: ["K3"],
    means: ["M2"],
    frameworks: [],
  },
  {
    stateCode: "VN",
    nameEn: "Viet Nam: diving medicine, air rescue, cybersecurity and underwater UXO",
    nameJa: "ベトナム：潜水医学、航空救難、サイバーセキュリティ及び水中不発弾処理",
    descriptionEn:
      "Capacity building for Viet Nam in diving medicine (in its 13th year in 2025), air rescue and cybersecurity, and a three-year underwater unexploded-ordnance project that ended in September 2025.",
    descriptionJa:
      "ベトナムに対する潜水医学（2025年で13年目）、航空救難及びサイバーセキュリティ分野の能力構築支援、並びに2025年9月に終了した3年間の水中不発弾処理事業。",
    keyAreas: ["K2", "K3"],
    means: ["M2"],
    frameworks: ["EWG_MM", "EWG_CS"],
  },
];

export const BILATERAL_PROGRAMS: ProgramSeed[] = [
  ...BILATERAL_FACTS.map((f): ProgramSeed => ({
    id: bilateralProgramId(f.stateCode),
    kind: "BILATERAL",
    nameEn: f.nameEn,
    nameJa: f.nameJa,
    descriptionEn: f.descriptionEn,
    descriptionJa: f.descriptionJa,
    partnerStateCode: f.stateCode,
    partnerStates: [f.stateCode],
    ends: ["E1", "E2"],
    approaches: ["A2"],
    keyAreas: f.keyAreas,
    means: f.means,
    frameworks: f.frameworks,
    illustrative: false,
    source: CAPACITY_BUILDING_SOURCE,
  })),
  {
    id: PROGRAM_IDS.tc90,
    kind: "BILATERAL",
    nameEn: "Philippines: TC-90 aircraft transfer",
    nameJa: "フィリピン：TC-90の移転",
    descriptionEn:
      "Transfer of five JMSDF TC-90 aircraft to the Philippine Navy, the first SDF aircraft transferred to a foreign military: first leased, then made a grant in November 2017.",
    descriptionJa:
      "海上自衛隊のTC-90練習機5機のフィリピン海軍への移転。自衛隊の航空機を外国軍隊に移転する初の事例であり、当初は貸付け、2017年11月に無償譲渡とした。",
    partnerStateCode: "PH",
    partnerStates: ["PH"],
    ends: ["E1", "E2"],
    approaches: ["A2"],
    keyAreas: ["K2"],
    means: ["M3"],
    frameworks: [],
    illustrative: false,
    source: MOD_SOURCE,
  },
];

export const PUBLIC_PROGRAMS: ProgramSeed[] = [...MULTILATERAL_PROGRAMS, ...BILATERAL_PROGRAMS];

interface RoundFacts {
  id: string;
  programId: string;
  kind: ActivityKind;
  title: string;
  titleJa: string;
  start: string;
  end: string;
  location: string;
  hostStateCode: string | null;
  description: string;
  outcomes?: string;
  keyAreas: string[];
  means: string[];
}

/** Every ASEAN member on the date takes part; states not yet members get a recorded reason (rule H2). */
function allAseanMembers(start: Date): Pick<ActivitySeed, "participants" | "nonInvitations"> {
  return {
    participants: aseanMembersOn(start).map((stateCode) => ({ stateCode, role: "PARTICIPANT", participantCount: null })),
    nonInvitations: aseanNonMembersOn(start).map((stateCode) => ({ stateCode, reason: TL_NOT_YET_MEMBER_REASON })),
  };
}

const PARTICIPATION_NOTE = "Per-state head counts are not published.";

const MULTILATERAL_ROUNDS: RoundFacts[] = [
  {
    id: "seed-activity-srcp-1",
    programId: PROGRAM_IDS.srcp,
    kind: "TRAINING",
    title: "Japan-ASEAN Ship Rider Cooperation Program (1st round)",
    titleJa: "日ASEAN乗艦協力プログラム（第1回）",
    start: "2017-06-19",
    end: "2017-06-23",
    location: "Aboard JS Izumo, waters around Singapore",
    hostStateCode: "JP",
    description: `Officers of all 10 ASEAN member states aboard JS Izumo. ${PARTICIPATION_NOTE}`,
    keyAreas: ["K1", "K2"],
    means: ["M1", "M2"],
  },
  {
    id: "seed-activity-srcp-2",
    programId: PROGRAM_IDS.srcp,
    kind: "TRAINING",
    title: "Japan-ASEAN Ship Rider Cooperation Program (2nd round)",
    titleJa: "日ASEAN乗艦協力プログラム（第2回）",
    start: "2018-05-10",
    end: "2018-05-15",
    location: "Aboard JS Osumi, from Indonesia to Port Klang (Malaysia)",
    hostStateCode: "JP",
    description: `Officers of all ASEAN member states aboard JS Osumi. ${PARTICIPATION_NOTE}`,
    keyAreas: ["K1", "K2"],
    means: ["M1", "M2"],
  },
  {
    id: "seed-activity-srcp-3",
    programId: PROGRAM_IDS.srcp,
    kind: "TRAINING",
    title: "Japan-ASEAN Ship Rider Cooperation Program (3rd round)",
    titleJa: "日ASEAN乗艦協力プログラム（第3回）",
    start: "2019-06-26",
    end: "2019-06-30",
    location: "Aboard JS Izumo, from Brunei to Philippine waters",
    hostStateCode: "JP",
    description: `Officers of all ASEAN member states and the ASEAN Secretariat aboard JS Izumo. ${PARTICIPATION_NOTE}`,
    keyAreas: ["K1", "K2"],
    means: ["M1", "M2"],
  },
  {
    id: "seed-activity-hadr-1",
    programId: PROGRAM_IDS.hadr,
    kind: "TRAINING",
    title: "Japan-ASEAN Invitation Program on HA/DR (1st round)",
    titleJa: "HA/DRに関する日ASEAN招へいプログラム（第1回）",
    start: "2018-02-26",
    end: "2018-03-02",
    location: "Japan",
    hostStateCode: "JP",
    description: `First round of the invitation program for ASEAN officers. ${PARTICIPATION_NOTE}`,
    keyAreas: ["K3"],
    means: ["M2"],
  },
  {
    id: "seed-activity-hadr-2",
    programId: PROGRAM_IDS.hadr,
    kind: "TRAINING",
    title: "Japan-ASEAN Invitation Program on HA/DR (2nd round)",
    titleJa: "HA/DRに関する日ASEAN招へいプログラム（第2回）",
    start: "2019-01-28",
    end: "2019-02-01",
    location: "Ichigaya (Tokyo) and Somagahara (Gunma)",
    hostStateCode: "JP",
    description: "14 participants from the 10 ASEAN member states and the ASEAN Secretariat.",
    outcomes: "Participants conducted a tabletop exercise.",
    keyAreas: ["K3"],
    means: ["M2", "M4"],
  },
  {
    id: "seed-activity-hadr-3",
    programId: PROGRAM_IDS.hadr,
    kind: "TRAINING",
    title: "Japan-ASEAN Invitation Program on HA/DR (3rd round)",
    titleJa: "HA/DRに関する日ASEAN招へいプログラム（第3回）",
    start: "2020-02-18",
    end: "2020-02-23",
    location: "Moriyama and Komaki (Aichi)",
    hostStateCode: "JP",
    description: "22 participants.",
    keyAreas: ["K3"],
    means: ["M2"],
  },
  {
    id: "seed-activity-hadr-4",
    programId: PROGRAM_IDS.hadr,
    kind: "SEMINAR",
    title: "Japan-ASEAN Invitation Program on HA/DR (4th round, online)",
    titleJa: "HA/DRに関する日ASEAN招へいプログラム（第4回、オンライン）",
    start: "2021-04-20",
    end: "2021-04-20",
    location: "Online",
    hostStateCode: null,
    description: `Held online. ${PARTICIPATION_NOTE}`,
    keyAreas: ["K3"],
    means: ["M2"],
  },
  {
    id: "seed-activity-pap-1",
    programId: PROGRAM_IDS.pap,
    kind: "SEMINAR",
    title: "Japan-ASEAN Professional Airmanship Program (1st round)",
    titleJa: "日ASEANプロフェッショナル・エアマンシップ・プログラム（第1回）",
    start: "2019-07-08",
    end: "2019-07-11",
    location: "",
    hostStateCode: null,
    description: `First round of the program proposed at the 4th Japan-ASEAN Defence Ministers' Informal Meeting (Singapore, October 2018). ${PARTICIPATION_NOTE}`,
    keyAreas: ["K1"],
    means: ["M1", "M2"],
  },
  {
    id: "seed-activity-pap-3",
    programId: PROGRAM_IDS.pap,
    kind: "SEMINAR",
    title: "Japan-ASEAN Professional Airmanship Program (3rd round)",
    titleJa: "日ASEANプロフェッショナル・エアマンシップ・プログラム（第3回）",
    start: "2023-02-20",
    end: "2023-02-21",
    location: "",
    hostStateCode: null,
    description: `The first in-person round in about four years. ${PARTICIPATION_NOTE}`,
    keyAreas: ["K1"],
    means: ["M1", "M2"],
  },
  {
    id: "seed-activity-pap-5",
    programId: PROGRAM_IDS.pap,
    kind: "SEMINAR",
    title: "Japan-ASEAN Professional Airmanship Program (5th round)",
    titleJa: "日ASEANプロフェッショナル・エアマンシップ・プログラム（第5回）",
    start: "2025-08-06",
    end: "2025-08-08",
    location: "",
    hostStateCode: null,
    description: `Round on a space and awareness theme. ${PARTICIPATION_NOTE}`,
    keyAreas: ["K1"],
    means: ["M1", "M2"],
  },
];

function roundActivity(r: RoundFacts): ActivitySeed {
  const startDate = day(r.start);
  return {
    id: r.id,
    programId: r.programId,
    planId: null,
    kind: r.kind,
    title: r.title,
    titleJa: r.titleJa,
    description: r.description,
    startDate,
    endDate: day(r.end),
    location: r.location,
    hostStateCode: r.hostStateCode,
    means: r.means,
    keyAreas: r.keyAreas,
    frameworkCode: null,
    status: "CONDUCTED",
    outcomes: r.outcomes ?? "",
    ...allAseanMembers(startDate),
    consultations: [],
    illustrative: false,
    source: MOD_SOURCE,
  };
}

const TC90_ACTIVITIES: ActivitySeed[] = [
  {
    id: "seed-activity-tc90-1",
    programId: PROGRAM_IDS.tc90,
    planId: null,
    kind: "EQUIPMENT_HANDOVER",
    title: "Delivery of the first two TC-90 aircraft to the Philippine Navy",
    titleJa: "フィリピン海軍へのTC-90（最初の2機）の引渡し",
    description: "The first SDF aircraft transferred to a foreign military; first leased, the aircraft were made a grant in November 2017.",
    startDate: day("2017-03-27"),
    endDate: day("2017-03-27"),
    location: "Philippines",
    hostStateCode: "PH",
    means: ["M3"],
    keyAreas: ["K2"],
    frameworkCode: null,
    status: "CONDUCTED",
    outcomes: "Two TC-90 aircraft delivered to the Philippine Navy.",
    participants: [{ stateCode: "PH", role: "HOST", participantCount: null }],
    nonInvitations: [],
    consultations: [],
    illustrative: false,
    source: MOD_SOURCE,
  },
  {
    id: "seed-activity-tc90-2",
    programId: PROGRAM_IDS.tc90,
    planId: null,
    kind: "EQUIPMENT_HANDOVER",
    title: "Arrival of the last three TC-90 aircraft in the Philippines",
    titleJa: "TC-90（残り3機）のフィリピン到着",
    description: "The last three of the five TC-90 aircraft arrived in the Philippines, completing the transfer.",
    startDate: day("2018-03-26"),
    endDate: day("2018-03-26"),
    location: "Philippines",
    hostStateCode: "PH",
    means: ["M3"],
    keyAreas: ["K2"],
    frameworkCode: null,
    status: "CONDUCTED",
    outcomes: "Transfer of all five TC-90 aircraft completed.",
    participants: [{ stateCode: "PH", role: "HOST", participantCount: null }],
    nonInvitations: [],
    consultations: [],
    illustrative: false,
    source: MOD_SOURCE,
  },
];

export const PUBLIC_ACTIVITIES: ActivitySeed[] = [...MULTILATERAL_ROUNDS.map(roundActivity), ...TC90_ACTIVITIES];
