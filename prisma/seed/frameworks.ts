// ASEAN-led frameworks (and the Japan-ASEAN ministerial meetings) that programs and activities are
// held under. Dates are first meetings from public sources; null where only the year is known.
import type { FrameworkKind } from "@/generated/prisma/client";

export interface FrameworkSeed {
  code: string;
  kind: FrameworkKind;
  nameEn: string;
  nameJa: string;
  descriptionEn: string;
  descriptionJa: string;
  parentCode: string | null;
  establishedOn: string | null; // YYYY-MM-DD
  sortOrder: number;
}

const ewg = (code: string, topicEn: string, topicJa: string, sortOrder: number, extraEn = "", extraJa = ""): FrameworkSeed => ({
  code,
  kind: "WORKING_GROUP",
  nameEn: `ADMM-Plus Experts' Working Group on ${topicEn}`,
  nameJa: `ADMMプラス${topicJa}専門家会合`,
  descriptionEn: `One of the seven ADMM-Plus Experts' Working Groups, co-chaired by an ASEAN member state and a Plus country for a three-year cycle.${extraEn ? " " + extraEn : ""}`,
  descriptionJa: `ADMMプラスの7つの専門家会合（EWG）の一つ。ASEAN加盟国とプラス国が3年ごとに共同議長を務める。${extraJa}`,
  parentCode: "ADMM_PLUS",
  establishedOn: null,
  sortOrder,
});

export const FRAMEWORKS: FrameworkSeed[] = [
  {
    code: "ADMM",
    kind: "MINISTERIAL",
    nameEn: "ASEAN Defence Ministers' Meeting (ADMM)",
    nameJa: "ASEAN国防相会議（ADMM）",
    descriptionEn: "The highest defence consultative and cooperative mechanism of ASEAN; it first met on 9 May 2006 in Kuala Lumpur.",
    descriptionJa: "ASEANにおける防衛分野の最高位の協議・協力の枠組み。2006年5月9日にクアラルンプールで初めて開催された。",
    parentCode: null,
    establishedOn: "2006-05-09",
    sortOrder: 1,
  },
  {
    code: "ADMM_PLUS",
    kind: "MINISTERIAL",
    nameEn: "ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus)",
    nameJa: "拡大ASEAN国防相会議（ADMMプラス）",
    descriptionEn:
      "The ADMM with eight Plus countries (Australia, China, India, Japan, New Zealand, the Republic of Korea, Russia and the United States); first held in 2010 in Hanoi, annual since 2017. Practical cooperation runs through its seven Experts' Working Groups.",
    descriptionJa:
      "ADMMに8か国（オーストラリア、中国、インド、日本、ニュージーランド、韓国、ロシア、米国）を加えた枠組み。2010年にハノイで初めて開催され、2017年から毎年開催。7つの専門家会合を通じて実務的な協力を行う。",
    parentCode: null,
    establishedOn: "2010-10-12",
    sortOrder: 2,
  },
  ewg("EWG_CT", "Counter-Terrorism", "テロ対策", 3),
  ewg(
    "EWG_MS",
    "Maritime Security",
    "海洋安全保障",
    4,
    "The Philippines and Japan co-chair it for 2024-2027.",
    "2024年から2027年まではフィリピンと日本が共同議長を務める。",
  ),
  ewg("EWG_HADR", "Humanitarian Assistance and Disaster Relief", "人道支援・災害救援", 5),
  ewg("EWG_PKO", "Peacekeeping Operations", "平和維持活動", 6),
  ewg("EWG_MM", "Military Medicine", "防衛医学", 7),
  ewg("EWG_HMA", "Humanitarian Mine Action", "人道的地雷対策", 8),
  ewg("EWG_CS", "Cyber Security", "サイバーセキュリティ", 9),
  {
    code: "ARF",
    kind: "FORUM",
    nameEn: "ASEAN Regional Forum (ARF)",
    nameJa: "ASEAN地域フォーラム（ARF）",
    descriptionEn:
      "A forum for political and security dialogue and confidence-building in the Asia-Pacific, established in 1994; 27 members.",
    descriptionJa: "アジア太平洋地域の政治・安全保障分野の対話と信頼醸成のためのフォーラム。1994年に発足し、27か国・機関が参加。",
    parentCode: null,
    establishedOn: "1994-07-25",
    sortOrder: 10,
  },
  {
    code: "JA_DMIM",
    kind: "MINISTERIAL",
    nameEn: "Japan-ASEAN Defence Ministers' Informal Meeting",
    nameJa: "日ASEAN防衛担当大臣会合",
    descriptionEn:
      "Informal meeting of Japan's Minister of Defense with the ASEAN defence ministers, held since 2014. The Vientiane Vision was announced at the 2nd meeting (Vientiane, 16 November 2016) and Vientiane Vision 2.0 proposed at the 5th (Bangkok, 17 November 2019).",
    descriptionJa:
      "日本の防衛大臣とASEAN各国の国防大臣による非公式会合。2014年から開催。第2回会合（2016年11月16日、ビエンチャン）でビエンチャン・ビジョンを、第5回会合（2019年11月17日、バンコク）でビエンチャン・ビジョン2.0を表明した。",
    parentCode: null,
    establishedOn: "2014-11-19",
    sortOrder: 11,
  },
  {
    code: "JA_DVMF",
    kind: "FORUM",
    nameEn: "Japan-ASEAN Defence Vice-Ministerial Forum",
    nameJa: "日ASEAN防衛当局次官級会合",
    descriptionEn: "Annual forum of Japan's and the ASEAN member states' vice-ministerial defence officials, held in Japan.",
    descriptionJa: "日本とASEAN加盟国の防衛当局の次官級による年次会合。日本で開催。",
    parentCode: null,
    establishedOn: null,
    sortOrder: 12,
  },
];
