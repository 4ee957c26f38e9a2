// Partner states: the 11 ASEAN member states and the eight ADMM-Plus countries (Japan among them),
// keyed by ISO 3166-1 alpha-2.

export interface StateSeed {
  code: string;
  iso3: string;
  nameEn: string;
  nameJa: string;
  isAsean: boolean;
  aseanMemberSince: string | null; // YYYY-MM-DD
  admmPlus: boolean;
  sortOrder: number;
}

export const STATES: StateSeed[] = [
  {
    code: "BN",
    iso3: "BRN",
    nameEn: "Brunei Darussalam",
    nameJa: "ブルネイ",
    isAsean: true,
    aseanMemberSince: "1984-01-07",
    admmPlus: false,
    sortOrder: 1,
  },
  {
    code: "KH",
    iso3: "KHM",
    nameEn: "Cambodia",
    nameJa: "カンボジア",
    isAsean: true,
    aseanMemberSince: "1999-04-30",
    admmPlus: false,
    sortOrder: 2,
  },
  {
    code: "ID",
    iso3: "IDN",
    nameEn: "Indonesia",
    nameJa: "インドネシア",
    isAsean: true,
    aseanMemberSince: "1967-08-08",
    admmPlus: false,
    sortOrder: 3,
  },
  {
    code: "LA",
    iso3: "LAO",
    nameEn: "Lao PDR",
    nameJa: "ラオス",
    isAsean: true,
    aseanMemberSince: "1997-07-23",
    admmPlus: false,
    sortOrder: 4,
  },
  {
    code: "MY",
    iso3: "MYS",
    nameEn: "Malaysia",
    nameJa: "マレーシア",
    isAsean: true,
    aseanMemberSince: "1967-08-08",
    admmPlus: false,
    sortOrder: 5,
  },
  {
    code: "MM",
    iso3: "MMR",
    nameEn: "Myanmar",
    nameJa: "ミャンマー",
    isAsean: true,
    aseanMemberSince: "1997-07-23",
    admmPlus: false,
    sortOrder: 6,
  },
  {
    code: "PH",
    iso3: "PHL",
    nameEn: "Philippines",
    nameJa: "フィリピン",
    isAsean: true,
    aseanMemberSince: "1967-08-08",
    admmPlus: false,
    sortOrder: 7,
  },
  {
    code: "SG",
    iso3: "SGP",
    nameEn: "Singapore",
    nameJa: "シンガポール",
    isAsean: true,
    aseanMemberSince: "1967-08-08",
    admmPlus: false,
    sortOrder: 8,
  },
  {
    code: "TH",
    iso3: "THA",
    nameEn: "Thailand",
    nameJa: "タイ",
    isAsean: true,
    aseanMemberSince: "1967-08-08",
    admmPlus: false,
    sortOrder: 9,
  },
  {
    code: "TL",
    iso3: "TLS",
    nameEn: "Timor-Leste",
    nameJa: "東ティモール",
    isAsean: true,
    aseanMemberSince: "2025-10-26",
    admmPlus: false,
    sortOrder: 10,
  },
  {
    code: "VN",
    iso3: "VNM",
    nameEn: "Viet Nam",
    nameJa: "ベトナム",
    isAsean: true,
    aseanMemberSince: "1995-07-28",
    admmPlus: false,
    sortOrder: 11,
  },
  {
    code: "AU",
    iso3: "AUS",
    nameEn: "Australia",
    nameJa: "オーストラリア",
    isAsean: false,
    aseanMemberSince: null,
    admmPlus: true,
    sortOrder: 21,
  },
  { code: "CN", iso3: "CHN", nameEn: "China", nameJa: "中国", isAsean: false, aseanMemberSince: null, admmPlus: true, sortOrder: 22 },
  { code: "IN", iso3: "IND", nameEn: "India", nameJa: "インド", isAsean: false, aseanMemberSince: null, admmPlus: true, sortOrder: 23 },
  { code: "JP", iso3: "JPN", nameEn: "Japan", nameJa: "日本", isAsean: false, aseanMemberSince: null, admmPlus: true, sortOrder: 24 },
  {
    code: "NZ",
    iso3: "NZL",
    nameEn: "New Zealand",
    nameJa: "ニュージーランド",
    isAsean: false,
    aseanMemberSince: null,
    admmPlus: true,
    sortOrder: 25,
  },
  {
    code: "KR",
    iso3: "KOR",
    nameEn: "Republic of Korea",
    nameJa: "韓国",
    isAsean: false,
    aseanMemberSince: null,
    admmPlus: true,
    sortOrder: 26,
  },
  { code: "RU", iso3: "RUS", nameEn: "Russia", nameJa: "ロシア", isAsean: false, aseanMemberSince: null, admmPlus: true, sortOrder: 27 },
  {
    code: "US",
    iso3: "USA",
    nameEn: "United States",
    nameJa: "米国",
    isAsean: false,
    aseanMemberSince: null,
    admmPlus: true,
    sortOrder: 28,
  },
];

export const ASEAN_CODES: string[] = STATES.filter((s) => s.isAsean).map((s) => s.code);

export const TL_NOT_YET_MEMBER_REASON = "Not an ASEAN member at the time";

export function stateName(code: string): string {
  const state = STATES.find((s) => s.code === code);
  if (!state) throw new Error(`Unknown state ${code}`);
  return state.nameEn;
}

/** ASEAN member states on a date (membership dates are inclusive). */
export function aseanMembersOn(date: Date): string[] {
  return STATES.filter((s) => s.isAsean && s.aseanMemberSince !== null && new Date(`${s.aseanMemberSince}T00:00:00Z`) <= date).map(
    (s) => s.code,
  );
}

/** ASEAN states that were not yet members on a date (only Timor-Leste, before 26 Oct 2025). */
export function aseanNonMembersOn(date: Date): string[] {
  const members = new Set(aseanMembersOn(date));
  return ASEAN_CODES.filter((code) => !members.has(code));
}
