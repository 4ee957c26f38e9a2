// Text templates for the illustrative demo data (prisma/seed/demo.ts turns them into records).
// Everything built from here is invented for the demo and stored with illustrative = true.
import type { ActivityKind, NeedStatus, PlanStatus, Priority } from "@/generated/prisma/client";
import type { ProgramSeed } from "./types";
import { PROGRAM_IDS, bilateralProgramId } from "./programs";

export interface ActivityTemplate {
  kind: ActivityKind;
  titleEn: string;
  titleJa: string;
  /** partner: in the partner state (it hosts); japan: in Japan; asean: hosted by an ASEAN member; online. */
  where: "partner" | "japan" | "asean" | "online";
  location: string;
  days: [number, number];
  description: string;
  /** Defaults to the topic's means and key area. */
  means?: string[];
  keyAreas?: string[];
}

export interface TopicContent {
  key: string;
  nameEn: string;
  keyArea: string;
  means: string[];
  trainees: string;
  frameworkCode: string | null;
  activeFrom?: string; // YYYY-MM-DD, inclusive
  activeTo?: string;
  /** Relative chance of being picked for an activity (default 1). */
  weight?: number;
  activities: ActivityTemplate[];
}

export interface PlanWindow {
  first: number;
  last: number;
  status: PlanStatus;
  id?: string;
  /** A second revision of the previous window, superseding it. */
  supersedesPrevious?: boolean;
  /** A draft returned from review (rule T4 asks for changes). */
  returned?: boolean;
  /** A draft whose last year is not filled in yet (rule T2 applies when it leaves DRAFT). */
  incomplete?: boolean;
}

export interface NeedTemplate {
  id?: string;
  title: string;
  description: string;
  keyArea: string;
  priority: Priority;
  status: NeedStatus;
  topicKey: string | null;
  declineReason?: string;
}

export interface ProgramContent {
  programId: string;
  slug: string;
  /** The bilateral partner; null for multilateral programs. */
  stateCode: string | null;
  counterparts: string[];
  firstFy: number;
  lastFy: number;
  /** Chance of a second activity in a fiscal year (a third when above 1). */
  extraPerYear: number;
  topics: TopicContent[];
  sustainment: string;
  planWindows: PlanWindow[];
  needs: NeedTemplate[];
}

// Singapore has no documented capacity-building field, so its program is demo-only and illustrative.
export const SINGAPORE_PROGRAM: ProgramSeed = {
  id: bilateralProgramId("SG"),
  kind: "BILATERAL",
  nameEn: "Singapore: HA/DR coordination and academic exchanges",
  nameJa: "シンガポール：人道支援・災害救援の調整及び学術交流",
  descriptionEn: "Illustrative program for the demo: HA/DR coordination seminars and exchanges of young officers with Singapore.",
  descriptionJa: "デモ用の例示プログラム：シンガポールとの人道支援・災害救援の調整に関するセミナー及び若手将校の交流。",
  partnerStateCode: "SG",
  partnerStates: ["SG"],
  ends: ["E1", "E2"],
  approaches: ["A2"],
  keyAreas: ["K1", "K3"],
  means: ["M2", "M5"],
  frameworks: [],
  illustrative: true,
  source: null,
};

const HADR_SEMINAR = (where: string): ActivityTemplate => ({
  kind: "SEMINAR",
  titleEn: "HA/DR seminar",
  titleJa: "人道支援・災害救援セミナー",
  where: "partner",
  location: where,
  days: [2, 3],
  description: "JSDF officers share disaster relief planning, coordination with civil authorities and lessons from recent deployments.",
});

export const BILATERAL_CONTENT: ProgramContent[] = [
  {
    programId: bilateralProgramId("VN"),
    slug: "vn",
    stateCode: "VN",
    counterparts: ["Ministry of National Defence of Viet Nam, Foreign Relations Department", "Vietnam People's Navy, Medical Department"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.6,
    topics: [
      {
        key: "diving-medicine",
        nameEn: "diving medicine",
        weight: 2,
        keyArea: "K2",
        means: ["M2"],
        trainees: "Vietnam People's Navy medical officers",
        frameworkCode: null,
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Diving medicine seminar",
            titleJa: "潜水医学セミナー",
            where: "partner",
            location: "Khanh Hoa",
            days: [3, 5],
            description: "JMSDF diving medicine officers share the treatment of decompression illness and dive safety practice.",
          },
          {
            kind: "TRAINING",
            titleEn: "Hyperbaric treatment training",
            titleJa: "高気圧酸素治療訓練",
            where: "partner",
            location: "Hai Phong",
            days: [5, 8],
            description: "Hands-on training in hyperbaric chamber operation and treatment tables.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Vietnamese naval medical officers to the JMSDF Undersea Medical Center",
            titleJa: "ベトナム海軍衛生将校の海上自衛隊潜水医学実験隊への招へい",
            where: "japan",
            location: "Yokosuka",
            days: [4, 6],
            description: "Study visit to JMSDF diving medicine facilities and research.",
          },
        ],
      },
      {
        key: "air-rescue",
        nameEn: "air rescue",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Vietnamese air rescue personnel",
        frameworkCode: null,
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Air rescue seminar",
            titleJa: "航空救難セミナー",
            where: "partner",
            location: "Hanoi",
            days: [3, 4],
            description: "Search and rescue planning, hoist operations and crew coordination.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Vietnamese air rescue officers to the JASDF Air Rescue Wing",
            titleJa: "ベトナム航空救難担当者の航空救難団への招へい",
            where: "japan",
            location: "Iruma (Saitama)",
            days: [4, 5],
            description: "Observation of JASDF air rescue training and maintenance.",
          },
        ],
      },
      {
        key: "cybersecurity",
        nameEn: "cybersecurity",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Ministry of National Defence cyber specialists",
        frameworkCode: "EWG_CS",
        activeFrom: "2019-04-01",
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Cybersecurity seminar",
            titleJa: "サイバーセキュリティ・セミナー",
            where: "partner",
            location: "Hanoi",
            days: [2, 4],
            description: "Cyber hygiene, incident handling and the protection of defence networks.",
          },
          {
            kind: "COURSE",
            titleEn: "Cyber incident handling course",
            titleJa: "サイバーインシデント対処研修",
            where: "japan",
            location: "Tokyo",
            days: [5, 5],
            description: "Course on detecting, containing and reporting cyber incidents.",
          },
        ],
      },
      {
        key: "underwater-uxo",
        nameEn: "underwater unexploded-ordnance disposal",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Vietnam People's Navy divers and engineers",
        frameworkCode: "EWG_HMA",
        activeFrom: "2022-10-01",
        activeTo: "2025-09-30",
        weight: 4,
        activities: [
          {
            kind: "TRAINING",
            titleEn: "Underwater unexploded-ordnance disposal training",
            titleJa: "水中不発弾処理訓練",
            where: "partner",
            location: "Hai Phong",
            days: [5, 10],
            description: "Underwater search, identification and safe disposal of unexploded ordnance.",
          },
          {
            kind: "SEMINAR",
            titleEn: "Underwater UXO project review seminar",
            titleJa: "水中不発弾処理事業レビュー・セミナー",
            where: "partner",
            location: "Hanoi",
            days: [2, 2],
            description: "Review of the project's progress with the Vietnam People's Navy.",
          },
        ],
      },
    ],
    sustainment:
      "By the last year Vietnamese instructors trained under this plan teach the diving medicine and air rescue courses themselves, with JSDF officers advising only. Hand-over: the course syllabus and materials in Vietnamese, an instructor roster kept by the Vietnam People's Navy Medical Department, and a joint annual review.",
    planWindows: [
      { first: 2017, last: 2019, status: "ARCHIVED" },
      { first: 2020, last: 2022, status: "ARCHIVED" },
      { first: 2023, last: 2025, status: "ARCHIVED" },
      { first: 2026, last: 2027, status: "SHARED", id: "seed-demo-vn-plan" },
    ],
    needs: [
      {
        id: "seed-demo-vn-need",
        title: "Diving medicine instructors for the southern naval region",
        description:
          "Train medical officers from the southern naval region as instructors so that they can run the diving medicine course locally.",
        keyArea: "K2",
        priority: "HIGH",
        status: "ACKNOWLEDGED",
        topicKey: "diving-medicine",
      },
      {
        title: "Air rescue coordination with civilian agencies",
        description: "Procedures for joint air rescue with the national search and rescue coordination centre.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "ADDRESSED",
        topicKey: "air-rescue",
      },
      {
        title: "Cyber incident response exercises",
        description: "A tabletop exercise on a cyber incident affecting defence networks.",
        keyArea: "K3",
        priority: "HIGH",
        status: "SUBMITTED",
        topicKey: "cybersecurity",
      },
    ],
  },
  {
    programId: bilateralProgramId("PH"),
    slug: "ph",
    stateCode: "PH",
    counterparts: ["Department of National Defense of the Philippines", "Armed Forces of the Philippines, Education and Training Office"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.7,
    topics: [
      {
        key: "ship-maintenance",
        nameEn: "ship maintenance",
        keyArea: "K2",
        means: ["M2"],
        trainees: "Philippine Navy maintenance personnel",
        frameworkCode: null,
        activities: [
          {
            kind: "COURSE",
            titleEn: "Ship maintenance course",
            titleJa: "艦船整備課程",
            where: "partner",
            location: "Subic Bay",
            days: [5, 10],
            description: "Planned maintenance, hull inspection and machinery overhaul practice.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Philippine Navy engineers to a JMSDF ship repair facility",
            titleJa: "フィリピン海軍技術者の海上自衛隊造修補給所への招へい",
            where: "japan",
            location: "Maizuru",
            days: [4, 6],
            description: "Study of JMSDF maintenance management and dockyard practice.",
          },
        ],
      },
      {
        key: "medicine",
        nameEn: "military medicine",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Armed Forces of the Philippines medical personnel",
        frameworkCode: null,
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Military medicine seminar",
            titleJa: "衛生セミナー",
            where: "partner",
            location: "Manila",
            days: [3, 4],
            description: "Casualty care, medical evacuation and field hospital operations.",
          },
          {
            kind: "TRAINING",
            titleEn: "Field medical care training for disaster response",
            titleJa: "災害対処のための野外衛生訓練",
            where: "partner",
            location: "Manila",
            days: [4, 6],
            description: "Triage and field medical care after a typhoon or earthquake.",
          },
        ],
      },
      {
        key: "engineering",
        nameEn: "HA/DR engineering",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Philippine Army engineers",
        frameworkCode: null,
        activities: [
          {
            kind: "TRAINING",
            titleEn: "HA/DR engineering: heavy-equipment training",
            titleJa: "HA/DR施設分野（重機操作）訓練",
            where: "partner",
            location: "Pampanga",
            days: [5, 10],
            description: "Operation and maintenance of heavy equipment for clearing routes after disasters.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Philippine engineers to the JGSDF Engineer School",
            titleJa: "フィリピン軍施設要員の陸上自衛隊施設学校への招へい",
            where: "japan",
            location: "Katsuta (Ibaraki)",
            days: [4, 5],
            description: "Study of JGSDF engineer training and disaster relief equipment.",
          },
        ],
      },
      {
        key: "aviation-medicine",
        nameEn: "aviation medicine",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Philippine Air Force flight surgeons",
        frameworkCode: null,
        activeFrom: "2019-04-01",
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Aviation medicine seminar",
            titleJa: "航空医学セミナー",
            where: "partner",
            location: "Manila",
            days: [2, 4],
            description: "Aircrew fitness, spatial disorientation and hypoxia training.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Philippine Air Force flight surgeons to JASDF aeromedical units",
            titleJa: "フィリピン空軍航空医官の航空自衛隊航空医学部隊への招へい",
            where: "japan",
            location: "Saitama",
            days: [4, 5],
            description: "Observation of aeromedical training and aircrew medical examinations.",
          },
        ],
      },
    ],
    sustainment:
      "Philippine Navy and Army instructors qualified under this plan run the ship maintenance and heavy-equipment courses from the second year; Japan provides advisers and reviews the course records. Hand-over: maintenance manuals and training records kept by the Philippine Navy, and a yearly review meeting.",
    planWindows: [
      { first: 2017, last: 2019, status: "ARCHIVED" },
      { first: 2020, last: 2022, status: "ARCHIVED" },
      { first: 2023, last: 2025, status: "ARCHIVED" },
      { first: 2026, last: 2027, status: "SHARED", id: "seed-demo-ph-plan" },
    ],
    needs: [
      {
        id: "seed-demo-ph-need",
        title: "Maintenance planning for newly acquired vessels",
        description: "Maintenance planning and records for the Navy's newly acquired vessels, including hull inspection.",
        keyArea: "K2",
        priority: "HIGH",
        status: "ACKNOWLEDGED",
        topicKey: "ship-maintenance",
      },
      {
        title: "Heavy-equipment operators for typhoon response",
        description: "More trained operators to clear roads after typhoons, in the engineer brigades of Northern Luzon.",
        keyArea: "K3",
        priority: "HIGH",
        status: "ADDRESSED",
        topicKey: "engineering",
      },
      {
        title: "Aviation medicine for maritime patrol aircrew",
        description: "Fatigue management and survival medicine for long maritime patrol flights.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "SUBMITTED",
        topicKey: "aviation-medicine",
      },
      {
        title: "Hospital ship medical team training",
        description: "Training for a medical team embarked on a hospital ship.",
        keyArea: "K3",
        priority: "LOW",
        status: "DECLINED",
        topicKey: null,
        declineReason: "Outside the fields of the current plan; to be reconsidered when the next plan is drafted.",
      },
    ],
  },
  {
    programId: bilateralProgramId("ID"),
    slug: "id",
    stateCode: "ID",
    counterparts: ["Ministry of Defence of the Republic of Indonesia", "Indonesian Navy, Legal Service"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.4,
    topics: [
      {
        key: "law-of-the-sea",
        nameEn: "international law at sea",
        keyArea: "K1",
        means: ["M1", "M2"],
        trainees: "Indonesian Navy legal officers",
        frameworkCode: null,
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Seminar on the international law of the sea",
            titleJa: "海洋に関する国際法セミナー",
            where: "partner",
            location: "Jakarta",
            days: [2, 3],
            description: "UNCLOS, maritime zones and the law applicable to naval operations.",
          },
          {
            kind: "COURSE",
            titleEn: "Law of the sea course for naval legal officers",
            titleJa: "海軍法務官のための海洋法課程",
            where: "partner",
            location: "Surabaya",
            days: [4, 5],
            description: "Case studies on maritime law enforcement and incidents at sea.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Indonesian Navy legal officers to Japan",
            titleJa: "インドネシア海軍法務官の招へい",
            where: "japan",
            location: "Tokyo",
            days: [4, 5],
            description: "Exchanges with JMSDF legal officers and the National Institute for Defense Studies.",
          },
        ],
      },
      {
        key: "mda",
        nameEn: "maritime domain awareness",
        keyArea: "K2",
        means: ["M1"],
        trainees: "Indonesian maritime operations staff",
        frameworkCode: null,
        activeFrom: "2021-04-01",
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Maritime domain awareness seminar",
            titleJa: "海洋状況把握（MDA）セミナー",
            where: "partner",
            location: "Jakarta",
            days: [2, 3],
            description: "Information sharing and the legal basis of maritime surveillance.",
          },
        ],
      },
    ],
    sustainment:
      "Indonesian Navy legal officers trained as instructors include the law-of-the-sea module in their own staff courses from the second year. Hand-over: course materials in Bahasa Indonesia and a case-study library maintained by the Navy's Legal Service.",
    planWindows: [
      { first: 2019, last: 2021, status: "ARCHIVED" },
      { first: 2022, last: 2024, status: "ARCHIVED" },
      { first: 2025, last: 2027, status: "ARCHIVED" },
      { first: 2025, last: 2027, status: "APPROVED", supersedesPrevious: true },
    ],
    needs: [
      {
        title: "Seminar series on maritime boundary law",
        description: "A series for legal officers on the law of maritime boundaries and overlapping claims.",
        keyArea: "K1",
        priority: "HIGH",
        status: "ADDRESSED",
        topicKey: "law-of-the-sea",
      },
      {
        title: "Maritime domain awareness information sharing",
        description: "Practice in sharing maritime surveillance information between services.",
        keyArea: "K2",
        priority: "MEDIUM",
        status: "ACKNOWLEDGED",
        topicKey: "mda",
      },
      {
        title: "Instructor development for naval law courses",
        description: "Mentoring Indonesian instructors who will teach the course themselves.",
        keyArea: "K1",
        priority: "LOW",
        status: "SUBMITTED",
        topicKey: "law-of-the-sea",
      },
    ],
  },
  {
    programId: bilateralProgramId("KH"),
    slug: "kh",
    stateCode: "KH",
    counterparts: [
      "Cambodia, National Centre for Peacekeeping Forces, Mines and Explosive Remnants of War Clearance",
      "Ministry of National Defence of Cambodia",
    ],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.5,
    topics: [
      {
        key: "pko-engineering",
        nameEn: "UN peacekeeping engineering",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Cambodian peacekeeping engineers",
        frameworkCode: "EWG_PKO",
        activities: [
          {
            kind: "TRAINING",
            titleEn: "Heavy-equipment training for UN peacekeeping engineers",
            titleJa: "国連PKO施設要員に対する重機操作訓練",
            where: "partner",
            location: "Kampong Speu",
            days: [8, 10],
            description: "Operation of graders, excavators and rollers for UN mission engineering tasks.",
          },
          {
            kind: "TRAINING",
            titleEn: "Road construction training",
            titleJa: "道路構築訓練",
            where: "partner",
            location: "Kampong Speu",
            days: [8, 10],
            description: "Survey, earthworks and drainage for roads in a UN mission area.",
          },
          {
            kind: "SEMINAR",
            titleEn: "PKO engineering planning seminar",
            titleJa: "PKO施設分野計画セミナー",
            where: "partner",
            location: "Phnom Penh",
            days: [2, 3],
            description: "Planning of horizontal engineering tasks for a peacekeeping deployment.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Cambodian engineers to the JGSDF Engineer School",
            titleJa: "カンボジア施設要員の陸上自衛隊施設学校への招へい",
            where: "japan",
            location: "Katsuta (Ibaraki)",
            days: [4, 5],
            description: "Study of JGSDF engineer training methods.",
          },
        ],
      },
    ],
    sustainment:
      "Cambodian instructors certified under this plan run the heavy-equipment course at the national peacekeeping training centre, with JGSDF advisers attending the final assessment only. Hand-over: course curriculum, assessment sheets and an equipment maintenance schedule.",
    planWindows: [
      { first: 2017, last: 2020, status: "ARCHIVED" },
      { first: 2021, last: 2024, status: "ARCHIVED" },
      { first: 2025, last: 2027, status: "APPROVED" },
    ],
    needs: [
      {
        title: "Heavy-equipment maintenance for PKO engineering units",
        description: "Maintenance training so that deployed units keep their equipment serviceable.",
        keyArea: "K3",
        priority: "HIGH",
        status: "ADDRESSED",
        topicKey: "pko-engineering",
      },
      {
        title: "Pre-deployment training for horizontal engineering companies",
        description: "Training before deployment to a UN mission, including camp construction.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "ACKNOWLEDGED",
        topicKey: "pko-engineering",
      },
    ],
  },
  {
    programId: bilateralProgramId("TH"),
    slug: "th",
    stateCode: "TH",
    counterparts: ["Royal Thai Armed Forces Headquarters", "Royal Thai Air Force, Directorate of Safety"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.4,
    topics: [
      {
        key: "flight-safety",
        nameEn: "flight safety",
        keyArea: "K1",
        means: ["M2"],
        trainees: "Royal Thai Air Force flight safety officers",
        frameworkCode: null,
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Flight safety seminar",
            titleJa: "飛行安全セミナー",
            where: "partner",
            location: "Bangkok",
            days: [2, 3],
            description: "Safety management systems, accident investigation and reporting culture.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Royal Thai Air Force flight safety officers to Japan",
            titleJa: "タイ空軍飛行安全担当者の招へい",
            where: "japan",
            location: "Tokyo",
            days: [4, 5],
            description: "Study of JASDF flight safety organisation and investigation practice.",
          },
        ],
      },
      {
        key: "pko",
        nameEn: "UN peacekeeping",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Royal Thai Armed Forces peacekeeping staff",
        frameworkCode: "EWG_PKO",
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "UN peacekeeping seminar",
            titleJa: "国連PKOセミナー",
            where: "partner",
            location: "Bangkok",
            days: [2, 3],
            description: "Mission planning and engineering support in UN peacekeeping operations.",
          },
          {
            kind: "COURSE",
            titleEn: "Peacekeeping engineering staff course",
            titleJa: "PKO施設幕僚課程",
            where: "partner",
            location: "Bangkok",
            days: [5, 5],
            description: "Staff course on engineering tasks in a UN mission.",
          },
        ],
      },
    ],
    sustainment:
      "The Royal Thai Air Force runs its own flight safety seminar from the last year, using the materials developed together; JASDF joins as a guest speaker. Hand-over: the investigation handbook and seminar materials.",
    planWindows: [
      { first: 2018, last: 2020, status: "ARCHIVED" },
      { first: 2021, last: 2023, status: "ARCHIVED" },
      { first: 2024, last: 2026, status: "APPROVED" },
    ],
    needs: [
      {
        title: "Flight safety investigation training",
        description: "Training for investigators of aircraft incidents and accidents.",
        keyArea: "K1",
        priority: "MEDIUM",
        status: "ADDRESSED",
        topicKey: "flight-safety",
      },
      {
        title: "PKO staff officer training",
        description: "Preparation of staff officers for UN mission headquarters posts.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "ACKNOWLEDGED",
        topicKey: "pko",
      },
      {
        title: "Sharing of accident prevention data",
        description: "Regular exchange of anonymised flight safety data.",
        keyArea: "K1",
        priority: "LOW",
        status: "SUBMITTED",
        topicKey: "flight-safety",
      },
    ],
  },
  {
    programId: bilateralProgramId("TL"),
    slug: "tl",
    stateCode: "TL",
    counterparts: ["Ministry of Defence of Timor-Leste", "Timor-Leste Defence Force (F-FDTL), Logistics Component"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.5,
    topics: [
      {
        key: "vehicle-maintenance",
        nameEn: "vehicle maintenance",
        keyArea: "K3",
        means: ["M2"],
        trainees: "F-FDTL mechanics",
        frameworkCode: null,
        activities: [
          {
            kind: "TRAINING",
            titleEn: "Vehicle maintenance training",
            titleJa: "車両整備訓練",
            where: "partner",
            location: "Dili",
            days: [8, 10],
            description: "Preventive maintenance, diagnosis and repair of light vehicles.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of F-FDTL mechanics to the JGSDF Ordnance School",
            titleJa: "東ティモール国防軍整備要員の陸上自衛隊武器学校への招へい",
            where: "japan",
            location: "Tsuchiura (Ibaraki)",
            days: [4, 5],
            description: "Study of JGSDF vehicle maintenance training.",
          },
        ],
      },
      {
        key: "engineering",
        nameEn: "engineering",
        keyArea: "K3",
        means: ["M2"],
        trainees: "F-FDTL engineers",
        frameworkCode: null,
        activities: [
          {
            kind: "TRAINING",
            titleEn: "Engineering training: road repair and drainage",
            titleJa: "施設訓練（道路補修・排水）",
            where: "partner",
            location: "Metinaro",
            days: [8, 10],
            description: "Road repair and drainage works with hand tools and light equipment.",
          },
          {
            kind: "SEMINAR",
            titleEn: "Engineering seminar",
            titleJa: "施設セミナー",
            where: "partner",
            location: "Dili",
            days: [2, 3],
            description: "Planning engineering support for disaster relief.",
          },
        ],
      },
    ],
    sustainment:
      "F-FDTL mechanics trained as instructors run the basic vehicle maintenance course from the second year; JGSDF advisers visit once a year. Hand-over: maintenance manuals in Tetum and English, a tool inventory and a spare-parts ordering procedure.",
    planWindows: [
      { first: 2017, last: 2019, status: "ARCHIVED" },
      { first: 2020, last: 2023, status: "ARCHIVED" },
      { first: 2024, last: 2025, status: "ARCHIVED" },
      { first: 2026, last: 2027, status: "IN_REVIEW" },
    ],
    needs: [
      {
        title: "Vehicle maintenance instructors for F-FDTL",
        description: "Qualify F-FDTL mechanics as instructors for the basic maintenance course.",
        keyArea: "K3",
        priority: "HIGH",
        status: "ADDRESSED",
        topicKey: "vehicle-maintenance",
      },
      {
        title: "Engineering support for road repair after floods",
        description: "Training for the engineer unit on repairing roads after seasonal floods.",
        keyArea: "K3",
        priority: "HIGH",
        status: "ACKNOWLEDGED",
        topicKey: "engineering",
      },
      {
        title: "English-language training for maintenance manuals",
        description: "English courses so that mechanics can read manufacturers' manuals.",
        keyArea: "K3",
        priority: "LOW",
        status: "DECLINED",
        topicKey: null,
        declineReason: "Language training is outside this program; Japan will share the manuals' key sections in Tetum instead.",
      },
    ],
  },
  {
    programId: bilateralProgramId("BN"),
    slug: "bn",
    stateCode: "BN",
    counterparts: ["Ministry of Defence of Brunei Darussalam", "Royal Brunei Armed Forces"],
    firstFy: 2018,
    lastFy: 2027,
    extraPerYear: 0.3,
    topics: [
      {
        key: "hadr",
        nameEn: "HA/DR",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Royal Brunei Armed Forces officers",
        frameworkCode: null,
        activities: [
          HADR_SEMINAR("Bandar Seri Begawan"),
          {
            kind: "VISIT",
            titleEn: "Invitation of Royal Brunei Armed Forces officers to JSDF disaster relief training",
            titleJa: "ブルネイ軍将校の自衛隊災害派遣訓練への招へい",
            where: "japan",
            location: "Tokyo",
            days: [4, 5],
            description: "Observation of a JSDF disaster relief exercise with local authorities.",
          },
        ],
      },
      {
        key: "sar",
        nameEn: "search and rescue",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Royal Brunei Armed Forces search and rescue personnel",
        frameworkCode: null,
        activities: [
          {
            kind: "TRAINING",
            titleEn: "Search and rescue training",
            titleJa: "捜索救難訓練",
            where: "partner",
            location: "Bandar Seri Begawan",
            days: [3, 5],
            description: "Search planning and rescue at sea and over land.",
          },
          {
            kind: "SEMINAR",
            titleEn: "Maritime search and rescue coordination seminar",
            titleJa: "海上捜索救難調整セミナー",
            where: "partner",
            location: "Muara",
            days: [2, 2],
            description: "Coordination between military and civilian rescue services.",
          },
        ],
      },
    ],
    sustainment:
      "The Royal Brunei Armed Forces include the search and rescue coordination module in their annual training plan; Japan supports the first two iterations. Hand-over: coordination checklists and exercise scenarios.",
    planWindows: [
      { first: 2018, last: 2021, status: "ARCHIVED" },
      { first: 2022, last: 2025, status: "ARCHIVED" },
      { first: 2026, last: 2027, status: "DRAFT", returned: true },
    ],
    needs: [
      {
        title: "Search and rescue coordination at sea",
        description: "Joint procedures with the maritime rescue coordination centre.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "ADDRESSED",
        topicKey: "sar",
      },
      {
        title: "HA/DR logistics planning",
        description: "Planning the logistics of a deployment to a neighbouring state after a disaster.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "SUBMITTED",
        topicKey: "hadr",
      },
    ],
  },
  {
    programId: bilateralProgramId("MY"),
    slug: "my",
    stateCode: "MY",
    counterparts: ["Ministry of Defence of Malaysia", "Malaysian Armed Forces Headquarters"],
    firstFy: 2019,
    lastFy: 2027,
    extraPerYear: 0.4,
    topics: [
      {
        key: "hadr",
        nameEn: "HA/DR",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Malaysian Armed Forces officers",
        frameworkCode: "EWG_HADR",
        activities: [
          HADR_SEMINAR("Kuala Lumpur"),
          {
            kind: "EXERCISE",
            titleEn: "HA/DR tabletop exercise",
            titleJa: "人道支援・災害救援机上演習",
            where: "partner",
            location: "Kuala Lumpur",
            days: [2, 3],
            description: "Tabletop exercise on a flood disaster requiring military support.",
            means: ["M2", "M4"],
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Malaysian Armed Forces officers to JSDF disaster relief units",
            titleJa: "マレーシア軍将校の自衛隊災害派遣部隊への招へい",
            where: "japan",
            location: "Sendai",
            days: [4, 5],
            description: "Study of JSDF disaster relief organisation and lessons from the 2011 earthquake.",
          },
        ],
      },
    ],
    sustainment:
      "Malaysian Armed Forces planners run the flood tabletop exercise with state disaster agencies on their own from the last year. Hand-over: exercise scenarios, evaluation forms and a contact list for JSDF advisers.",
    planWindows: [
      { first: 2019, last: 2022, status: "ARCHIVED" },
      { first: 2023, last: 2025, status: "ARCHIVED" },
      { first: 2026, last: 2027, status: "IN_REVIEW" },
    ],
    needs: [
      {
        title: "Flood response coordination training",
        description: "Coordination between the armed forces and civil agencies during monsoon floods.",
        keyArea: "K3",
        priority: "HIGH",
        status: "ADDRESSED",
        topicKey: "hadr",
      },
      {
        title: "Medical evacuation procedures in HA/DR",
        description: "Procedures for evacuating casualties by air during a disaster response.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "SUBMITTED",
        topicKey: "hadr",
      },
    ],
  },
  {
    programId: bilateralProgramId("MM"),
    slug: "mm",
    stateCode: "MM",
    counterparts: ["Ministry of Defence of Myanmar"],
    firstFy: 2017,
    lastFy: 2020,
    extraPerYear: 0.3,
    topics: [
      {
        key: "aviation-weather",
        nameEn: "aviation weather",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Myanmar Air Force weather officers",
        frameworkCode: null,
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Aviation weather seminar",
            titleJa: "航空気象セミナー",
            where: "partner",
            location: "Naypyidaw",
            days: [3, 5],
            description: "Weather observation and forecasting for flight operations.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Myanmar weather officers to the JASDF Air Weather Group",
            titleJa: "ミャンマー気象要員の航空気象群への招へい",
            where: "japan",
            location: "Fuchu (Tokyo)",
            days: [4, 5],
            description: "Study of JASDF weather services.",
          },
        ],
      },
      {
        key: "hadr",
        nameEn: "HA/DR",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Myanmar officers",
        frameworkCode: null,
        activities: [HADR_SEMINAR("Naypyidaw")],
      },
    ],
    sustainment:
      "Myanmar weather officers trained under this plan brief their units on forecasting for flight operations. Hand-over: forecasting handbook and training materials.",
    planWindows: [
      { first: 2017, last: 2019, status: "ARCHIVED" },
      { first: 2020, last: 2021, status: "ARCHIVED" },
    ],
    needs: [
      {
        title: "Aviation weather forecasting training",
        description: "Training for forecasters supporting flight operations.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "ADDRESSED",
        topicKey: "aviation-weather",
      },
      {
        title: "Disaster response planning for the cyclone season",
        description: "Planning the military support to cyclone response.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "DECLINED",
        topicKey: null,
        declineReason: "Could not be scheduled within the plan period.",
      },
    ],
  },
  {
    programId: bilateralProgramId("LA"),
    slug: "la",
    stateCode: "LA",
    counterparts: ["Ministry of National Defence of Lao PDR", "Lao People's Army, Engineering Department"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.4,
    topics: [
      {
        key: "hadr",
        nameEn: "HA/DR",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Lao People's Army officers",
        frameworkCode: null,
        activities: [
          HADR_SEMINAR("Vientiane"),
          {
            kind: "TRAINING",
            titleEn: "Flood relief training",
            titleJa: "水害救援訓練",
            where: "partner",
            location: "Vientiane",
            days: [4, 5],
            description: "Water rescue and relief distribution after river floods.",
          },
        ],
      },
      {
        key: "uxo",
        nameEn: "unexploded-ordnance clearance",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Lao People's Army engineers",
        frameworkCode: "EWG_HMA",
        activities: [
          {
            kind: "TRAINING",
            titleEn: "Unexploded-ordnance clearance training",
            titleJa: "不発弾処理訓練",
            where: "partner",
            location: "Vientiane",
            days: [5, 10],
            description: "Detection, marking and safe clearance of unexploded ordnance.",
          },
          {
            kind: "VISIT",
            titleEn: "Invitation of Lao UXO clearance officers to Japan",
            titleJa: "ラオス不発弾処理担当者の招へい",
            where: "japan",
            location: "Tokyo",
            days: [4, 5],
            description: "Study of JGSDF explosive ordnance disposal practice.",
          },
        ],
      },
    ],
    sustainment:
      "Lao People's Army instructors trained under this plan run UXO clearance refresher training each year; Japan supports with advisers on request. Hand-over: training syllabus, safety procedures in Lao and a register of qualified instructors.",
    planWindows: [
      { first: 2017, last: 2020, status: "ARCHIVED" },
      { first: 2021, last: 2023, status: "ARCHIVED" },
      { first: 2024, last: 2027, status: "APPROVED" },
    ],
    needs: [
      {
        title: "UXO clearance training for engineering units",
        description: "Training for engineering units that clear farmland of unexploded ordnance.",
        keyArea: "K3",
        priority: "HIGH",
        status: "ADDRESSED",
        topicKey: "uxo",
      },
      {
        title: "Flood relief coordination",
        description: "Coordination with provincial authorities during river floods.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "ACKNOWLEDGED",
        topicKey: "hadr",
      },
      {
        title: "First response to UXO accidents",
        description: "Medical first response for casualties of UXO accidents.",
        keyArea: "K3",
        priority: "LOW",
        status: "SUBMITTED",
        topicKey: null,
      },
    ],
  },
  {
    programId: SINGAPORE_PROGRAM.id,
    slug: "sg",
    stateCode: "SG",
    counterparts: ["Ministry of Defence of Singapore"],
    firstFy: 2023,
    lastFy: 2027,
    extraPerYear: 0.2,
    topics: [
      {
        key: "hadr-coordination",
        nameEn: "HA/DR coordination",
        keyArea: "K3",
        means: ["M2"],
        trainees: "Singapore Armed Forces officers",
        frameworkCode: null,
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "HA/DR coordination seminar",
            titleJa: "人道支援・災害救援調整セミナー",
            where: "partner",
            location: "Singapore",
            days: [2, 2],
            description: "Coordination of multinational military assistance after a disaster.",
          },
          {
            kind: "MEETING",
            titleEn: "Regional HA/DR information-sharing workshop",
            titleJa: "地域HA/DR情報共有ワークショップ",
            where: "partner",
            location: "Singapore",
            days: [2, 2],
            description: "Workshop on sharing disaster information between militaries.",
          },
        ],
      },
      {
        key: "academic",
        nameEn: "academic exchange",
        keyArea: "K1",
        means: ["M5"],
        trainees: "young officers",
        frameworkCode: null,
        activities: [
          {
            kind: "VISIT",
            titleEn: "Young officers' academic exchange",
            titleJa: "若手将校の学術交流",
            where: "japan",
            location: "Yokosuka",
            days: [4, 5],
            description: "Exchange of young officers on the law of the sea and regional security.",
          },
        ],
      },
    ],
    sustainment:
      "Alumni of the exchanges form a network that meets once a year without Japanese support. Hand-over: alumni contact list and seminar materials.",
    planWindows: [{ first: 2026, last: 2027, status: "DRAFT", incomplete: true }],
    needs: [
      {
        title: "Regional HA/DR information-sharing exercises",
        description: "Exercises that practise sharing disaster information with regional militaries.",
        keyArea: "K3",
        priority: "MEDIUM",
        status: "ACKNOWLEDGED",
        topicKey: "hadr-coordination",
      },
      {
        title: "Young officers' exchange on the law of the sea",
        description: "An exchange of young officers focused on the law of the sea.",
        keyArea: "K1",
        priority: "LOW",
        status: "SUBMITTED",
        topicKey: "academic",
      },
    ],
  },
  {
    programId: PROGRAM_IDS.tc90,
    slug: "tc90",
    stateCode: "PH",
    counterparts: ["Philippine Navy, Naval Air Wing"],
    firstFy: 2018,
    lastFy: 2023,
    extraPerYear: 0,
    topics: [
      {
        key: "tc90-support",
        nameEn: "TC-90 maintenance support",
        keyArea: "K2",
        means: ["M3"],
        trainees: "Philippine Navy aircrew and maintainers",
        frameworkCode: null,
        activities: [
          {
            kind: "TRAINING",
            titleEn: "TC-90 maintenance support training",
            titleJa: "TC-90整備支援訓練",
            where: "partner",
            location: "Cavite",
            days: [5, 10],
            description: "Maintenance training for the transferred TC-90 aircraft.",
          },
          {
            kind: "VISIT",
            titleEn: "TC-90 parts and maintenance advisory visit",
            titleJa: "TC-90の部品・整備に関する助言のための訪問",
            where: "partner",
            location: "Cavite",
            days: [3, 4],
            description: "Advice on spare parts and maintenance planning for the TC-90 fleet.",
          },
        ],
      },
    ],
    sustainment: "",
    planWindows: [],
    needs: [],
  },
];

export const MULTILATERAL_CONTENT: ProgramContent[] = [
  {
    programId: PROGRAM_IDS.srcp,
    slug: "srcp",
    stateCode: null,
    counterparts: ["ASEAN defence officials at the Japan-ASEAN Defence Vice-Ministerial Forum"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.4,
    topics: [
      {
        key: "srcp",
        nameEn: "international law at sea",
        keyArea: "K1",
        means: ["M1", "M2"],
        trainees: "naval officers",
        frameworkCode: "EWG_MS",
        activities: [
          {
            kind: "MEETING",
            titleEn: "Ship Rider Cooperation Program planning conference",
            titleJa: "乗艦協力プログラム計画会議",
            where: "japan",
            location: "Tokyo",
            days: [2, 2],
            description: "Planning conference with the ASEAN member states' naval points of contact.",
            means: ["M2"],
          },
          {
            kind: "TRAINING",
            titleEn: "Ship Rider Cooperation Program session aboard a JMSDF ship",
            titleJa: "海上自衛隊艦艇における乗艦協力プログラム",
            where: "japan",
            location: "Aboard a JMSDF ship",
            days: [5, 6],
            description: "Seminars on international law at sea and observation of shipboard operations.",
            keyAreas: ["K1", "K2"],
          },
          {
            kind: "SEMINAR",
            titleEn: "Law of the sea seminar for Ship Rider alumni",
            titleJa: "乗艦協力プログラム参加者のための海洋法セミナー",
            where: "asean",
            location: "",
            days: [2, 2],
            description: "Alumni of the program discuss current law of the sea issues.",
            means: ["M1", "M5"],
          },
          {
            kind: "SEMINAR",
            titleEn: "Online maritime domain awareness seminar",
            titleJa: "オンライン海洋状況把握セミナー",
            where: "online",
            location: "Online",
            days: [1, 1],
            description: "Sharing of maritime domain awareness practice among ASEAN navies.",
            means: ["M1"],
            keyAreas: ["K2"],
          },
        ],
      },
    ],
    sustainment:
      "Alumni of every round form a network of ASEAN naval officers who share the norms practised on board; the alumni seminar is co-hosted by an ASEAN member in turn.",
    planWindows: [
      { first: 2020, last: 2022, status: "ARCHIVED" },
      { first: 2023, last: 2025, status: "ARCHIVED" },
      { first: 2026, last: 2027, status: "APPROVED" },
    ],
    needs: [],
  },
  {
    programId: PROGRAM_IDS.hadr,
    slug: "hadr",
    stateCode: null,
    counterparts: ["ASEAN defence officials at the Japan-ASEAN Defence Vice-Ministerial Forum"],
    firstFy: 2017,
    lastFy: 2027,
    extraPerYear: 0.4,
    topics: [
      {
        key: "hadr-invitation",
        nameEn: "disaster relief",
        keyArea: "K3",
        means: ["M2"],
        trainees: "officers",
        frameworkCode: "EWG_HADR",
        activities: [
          {
            kind: "TRAINING",
            titleEn: "HA/DR Invitation Program session",
            titleJa: "HA/DR招へいプログラム",
            where: "japan",
            location: "Tokyo and Sendai",
            days: [5, 5],
            description: "Seminars and visits to JSDF units on disaster relief.",
          },
          {
            kind: "EXERCISE",
            titleEn: "HA/DR tabletop exercise",
            titleJa: "HA/DR机上演習",
            where: "japan",
            location: "Tokyo",
            days: [2, 2],
            description: "Tabletop exercise on a regional disaster with ASEAN participants.",
            means: ["M2", "M4"],
          },
          {
            kind: "SEMINAR",
            titleEn: "HA/DR lessons-learned seminar",
            titleJa: "HA/DR教訓共有セミナー",
            where: "asean",
            location: "",
            days: [2, 2],
            description: "Participants share lessons from recent disaster responses.",
            means: ["M2", "M5"],
          },
          {
            kind: "MEETING",
            titleEn: "Online HA/DR Invitation Program planning meeting",
            titleJa: "HA/DR招へいプログラム計画会議（オンライン）",
            where: "online",
            location: "Online",
            days: [1, 1],
            description: "Planning the next session with the ASEAN member states.",
          },
        ],
      },
    ],
    sustainment:
      "ASEAN participants brief their own services after each session; the tabletop exercise scenarios are shared with the ADMM-Plus HADR Experts' Working Group.",
    planWindows: [
      { first: 2019, last: 2021, status: "ARCHIVED" },
      { first: 2022, last: 2024, status: "ARCHIVED" },
      { first: 2025, last: 2027, status: "APPROVED" },
    ],
    needs: [],
  },
  {
    programId: PROGRAM_IDS.pap,
    slug: "pap",
    stateCode: null,
    counterparts: ["ASEAN air force representatives"],
    firstFy: 2019,
    lastFy: 2027,
    extraPerYear: 0.3,
    topics: [
      {
        key: "pap",
        nameEn: "safe and professional conduct in the air",
        keyArea: "K1",
        means: ["M1", "M2"],
        trainees: "air force officers",
        frameworkCode: "ADMM_PLUS",
        activities: [
          {
            kind: "SEMINAR",
            titleEn: "Professional Airmanship Program seminar",
            titleJa: "プロフェッショナル・エアマンシップ・プログラム・セミナー",
            where: "japan",
            location: "Tokyo",
            days: [3, 3],
            description: "Norms and practices for safe and professional conduct in the air.",
          },
          {
            kind: "SEMINAR",
            titleEn: "Workshop on safe and professional conduct in the air",
            titleJa: "空における安全で節度ある行動に関するワークショップ",
            where: "asean",
            location: "",
            days: [2, 2],
            description: "Case studies of unsafe intercepts and how international rules apply.",
            means: ["M1"],
          },
          {
            kind: "VISIT",
            titleEn: "Visit to JASDF flight operations",
            titleJa: "航空自衛隊の飛行運用の研修",
            where: "japan",
            location: "Iruma (Saitama)",
            days: [2, 2],
            description: "Observation of JASDF flight operations and air traffic coordination.",
            means: ["M2", "M5"],
          },
          {
            kind: "MEETING",
            titleEn: "Online Professional Airmanship Program planning meeting",
            titleJa: "プロフェッショナル・エアマンシップ・プログラム計画会議（オンライン）",
            where: "online",
            location: "Online",
            days: [1, 1],
            description: "Planning the next round with ASEAN air force representatives.",
            means: ["M1"],
          },
        ],
      },
    ],
    sustainment:
      "ASEAN air forces incorporate the agreed practices into their own training; Japan hosts a yearly round and supports seminars hosted by ASEAN members.",
    planWindows: [
      { first: 2019, last: 2021, status: "ARCHIVED" },
      { first: 2022, last: 2025, status: "ARCHIVED" },
      { first: 2026, last: 2027, status: "DRAFT", incomplete: true },
    ],
    needs: [],
  },
];
