// The strategic framework of Vientiane Vision 2.0 (ends, principles, ways, means) as reference data.
// English texts follow the policy (shared/reference/vientiane-vision-2.0.md); Japanese texts use the
// Ministry of Defense's terms (ビエンチャン・ビジョン2.0) where they exist.

export interface FrameworkElementSeed {
  code: string;
  titleEn: string;
  titleJa: string;
  descriptionEn: string;
  descriptionJa: string;
  sortOrder: number;
}

export const ENDS: FrameworkElementSeed[] = [
  {
    code: "E1",
    titleEn: "Enhance the Japan-ASEAN Strategic Partnership",
    titleJa: "日ASEAN戦略的パートナーシップの強化",
    descriptionEn:
      "With a view to ensuring a free and open Indo-Pacific that holds Southeast Asia as its hinge, the Japan Ministry of Defense aims to enhance the Japan-ASEAN Strategic Partnership.",
    descriptionJa: "東南アジアを要とする自由で開かれたインド太平洋の実現に向け、防衛省は日ASEAN戦略的パートナーシップの強化を目指す。",
    sortOrder: 1,
  },
  {
    code: "E2",
    titleEn: "Contribute to ASEAN centrality and unity by supporting its resilience",
    titleJa: "ASEANの強靱性を支え、その中心性・一体性に貢献",
    descriptionEn:
      "With a view to ensuring a free and open Indo-Pacific that holds Southeast Asia as its hinge, the Japan Ministry of Defense aims to contribute to ASEAN centrality and unity by supporting its resilience.",
    descriptionJa:
      "東南アジアを要とする自由で開かれたインド太平洋の実現に向け、防衛省はASEANの強靱性の強化を支援することにより、ASEANの中心性・一体性に貢献することを目指す。",
    sortOrder: 2,
  },
];

export const PRINCIPLES: FrameworkElementSeed[] = [
  {
    code: "H",
    titleEn: "Heart-to-heart Cooperation",
    titleJa: "心と心の協力",
    descriptionEn: "Upholding ASEAN's principles, valuing people-to-people connections and listening sincerely to partners' needs.",
    descriptionJa: "ASEANの原則を尊重し、人と人とのつながりを大切にし、パートナーのニーズに真摯に耳を傾ける。",
    sortOrder: 1,
  },
  {
    code: "T",
    titleEn: "Tailored and Lasting Cooperation",
    titleJa: "きめ細かく息の長い協力",
    descriptionEn: "Pursuing sustainable outcomes through well-planned, transparent and ongoing engagement.",
    descriptionJa: "綿密に計画され、透明性があり、継続的な関与を通じて、持続的な成果を追求する。",
    sortOrder: 2,
  },
  {
    code: "O",
    titleEn: "Equal and Open Cooperation",
    titleJa: "対等で開かれた協力",
    descriptionEn: "Pursuing wide-ranging international collaboration that supports ASEAN centrality, unity and resilience.",
    descriptionJa: "ASEANの中心性、一体性及び強靱性を支える幅広い国際協力を追求する。",
    sortOrder: 3,
  },
];

export const APPROACHES: FrameworkElementSeed[] = [
  {
    code: "A1",
    titleEn: "ASEAN centrality",
    titleJa: "ASEANの中心性",
    descriptionEn:
      "With a view to upholding ASEAN centrality, Japan promotes international collaboration between ASEAN member states and countries outside ASEAN, with a central emphasis on ASEAN-led frameworks.",
    descriptionJa: "ASEANの中心性を支えるため、ASEAN主導の枠組みを中心に据えつつ、ASEAN加盟国とASEAN域外国との国際協力を推進する。",
    sortOrder: 1,
  },
  {
    code: "A2",
    titleEn: "ASEAN unity",
    titleJa: "ASEANの一体性",
    descriptionEn:
      "With a view to upholding ASEAN unity, Japan promotes confidence-building and interoperability among ASEAN member states by enhancing connectivity and promoting shared norms and practices among defense authorities.",
    descriptionJa:
      "ASEANの一体性を支えるため、防衛当局間の連結性を高め、規範や慣行の共有を促進することにより、ASEAN加盟国間の信頼醸成と相互運用性の向上を推進する。",
    sortOrder: 2,
  },
];

export const KEY_AREAS: FrameworkElementSeed[] = [
  {
    code: "K1",
    titleEn: "Ensuring the rule of law",
    titleJa: "法の支配の貫徹",
    descriptionEn: "Promoting the development and sharing of universal norms regarding the sea and air space.",
    descriptionJa: "海洋及び空域に関する普遍的な規範の形成と共有を促進する。",
    sortOrder: 1,
  },
  {
    code: "K2",
    titleEn: "Strengthening maritime security",
    titleJa: "海洋安全保障の強化",
    descriptionEn:
      "Promoting ASEAN's efforts to enhance maritime domain awareness capabilities, and supporting individual states' efforts to enhance their national security, and in turn, regional peace and stability.",
    descriptionJa:
      "海洋状況把握（MDA）能力の向上に向けたASEANの取組を促進するとともに、各国の安全保障能力の強化に向けた取組を支援し、ひいては地域の平和と安定に寄与する。",
    sortOrder: 2,
  },
  {
    code: "K3",
    titleEn: "Assisting ASEAN's organizational responses to regional challenges",
    titleJa: "地域の課題への組織的対応の支援",
    descriptionEn: "Promoting ASEAN's efforts to enhance its capacity to deal with natural disasters and non-traditional threats.",
    descriptionJa: "自然災害や非伝統的脅威に対処する能力の向上に向けたASEANの取組を促進する。",
    sortOrder: 3,
  },
];

export const MEANS: FrameworkElementSeed[] = [
  {
    code: "M1",
    titleEn: "Promoting shared understanding of international norms",
    titleJa: "国際規範の共通理解の促進",
    descriptionEn: "Holding programs such as seminars with a view to share knowledge on international norms and practices.",
    descriptionJa: "国際規範や慣行に関する知見を共有するため、セミナー等のプログラムを実施する。",
    sortOrder: 1,
  },
  {
    code: "M2",
    titleEn: "Defense cooperation program",
    titleJa: "能力構築支援",
    descriptionEn:
      "Assisting ASEAN's proactive efforts for enhancing its collective capabilities by sending JSDF personnel to Southeast Asia, and inviting ASEAN practitioners to Japan.",
    descriptionJa:
      "自衛隊員の東南アジアへの派遣やASEANの実務者の日本への招へいにより、ASEAN全体の能力向上に向けたASEANの主体的な取組を支援する。",
    sortOrder: 2,
  },
  {
    code: "M3",
    titleEn: "Defense equipment and technology cooperation",
    titleJa: "防衛装備・技術協力",
    descriptionEn: "Transferring equipment and technology, developing human resources, holding seminars on defense industries, etc.",
    descriptionJa: "防衛装備品・技術の移転、人材育成、防衛産業に関するセミナーの開催等を行う。",
    sortOrder: 3,
  },
  {
    code: "M4",
    titleEn: "Joint training and exercises",
    titleJa: "共同訓練・演習",
    descriptionEn:
      "Conducting bilateral and multilateral joint exercises, expanding forms of participation and inviting ASEAN observers to JSDF training.",
    descriptionJa: "二国間・多国間の共同訓練・演習を実施し、参加形態を拡大するとともに、自衛隊の訓練にASEANのオブザーバーを招へいする。",
    sortOrder: 4,
  },
  {
    code: "M5",
    titleEn: "Human resource development and academic exchanges",
    titleJa: "人材育成・学術交流",
    descriptionEn: "Reinforcing human networks among students and trainees, inviting opinion leaders to Japan, etc.",
    descriptionJa: "留学生・研修生の間の人的ネットワークの強化、有識者の日本への招へい等を行う。",
    sortOrder: 5,
  },
];
