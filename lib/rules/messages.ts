// The rules' texts in English and Japanese: a title, a "passed" label, a "does not apply" label and,
// per failure variant, a message in the form "<CODE> · <Principle>: <what is wrong>. <How to fix it>."
// The code and principle prefix is added here, so every message carries it. Kept beside the rules
// (not in messages/*.json) so that a rule and its explanation change together.
import { AFTER_ACTION_DUE_DAYS } from "@/lib/domain/after-action";
import { MAX_PLAN_YEARS, MIN_PLAN_YEARS } from "@/lib/domain/limits";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import type { Locale } from "@/i18n/locales";
import { ruleDefinition, type Principle, type RuleCode, type RuleStep } from "@/lib/rules/catalogue";
import type { RuleResult } from "@/lib/rules/principles";

export interface RuleTexts {
  /** The rule in a few words, for the principles panel. */
  title: string;
  /** Shown when the rule passed. */
  passed: string;
  /** Shown when the rule does not apply to the record. */
  notApplicable: string;
  /** What is wrong and how to fix it, per failure variant (RuleResult.variant); without the prefix. */
  failed: Readonly<Record<string, string>>;
}

export const PRINCIPLE_NAMES: Readonly<Record<Locale, Readonly<Record<Principle, string>>>> = {
  en: { H: "Heart-to-heart", T: "Tailored and lasting", O: "Equal and open" },
  ja: { H: "心と心の協力", T: "きめ細かく息の長い協力", O: "対等で開かれた協力" },
};

// T1's span in words, from the one limit rule T1 checks.
const EN_NUMBERS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const enNumber = (n: number) => EN_NUMBERS[n] ?? String(n);

export const RULE_TEXTS: Readonly<Record<Locale, Readonly<Record<RuleCode, RuleTexts>>>> = {
  en: {
    H1: {
      title: "Bilateral cooperation answers the partner's need",
      passed: "Cites the partner's need or a consultation",
      notApplicable: "Applies to bilateral programs only",
      failed: {
        default:
          "a bilateral plan or activity cites its partner's need, and this one links no need of {state} and records no consultation. Link a need that {state} submitted, or record a consultation with its date and counterpart.",
      },
    },
    H2: {
      title: "Every ASEAN member is invited, or the omission explained",
      passed: "Every ASEAN member invited, or the reason recorded",
      notApplicable: "Applies to multilateral programs only",
      failed: {
        default:
          "an activity of a multilateral program invites every ASEAN member state or records why one is left out ({states}: not invited, no reason given). Invite each of them, or record the reason for leaving it out.",
      },
    },
    H3: {
      title: "A conducted activity records its partner participants",
      passed: "Partner participants recorded",
      notApplicable: "Applies once the activity is conducted",
      failed: {
        default:
          "a conducted activity records the people its partners sent, and this one records no participant count. Enter how many people each partner state sent.",
      },
    },
    T1: {
      title: `A plan spans ${enNumber(MIN_PLAN_YEARS)} to ${enNumber(MAX_PLAN_YEARS)} fiscal years`,
      passed: `Plan spans ${MIN_PLAN_YEARS}–${MAX_PLAN_YEARS} fiscal years`,
      notApplicable: "Does not apply to this record",
      failed: {
        tooShort: `a plan spans at least ${enNumber(MIN_PLAN_YEARS)} fiscal years, at most ${enNumber(MAX_PLAN_YEARS)} (this one spans {span}). Set the last fiscal year at least ${enNumber(MIN_PLAN_YEARS - 1)} year after the first.`,
        tooLong: `a plan spans at least ${enNumber(MIN_PLAN_YEARS)} fiscal years, at most ${enNumber(MAX_PLAN_YEARS)} (this one spans {span}). Set the last fiscal year at most ${enNumber(MAX_PLAN_YEARS - 1)} years after the first, or split the plan.`,
      },
    },
    T2: {
      title: "Each fiscal year has an objective and a milestone",
      passed: "Every fiscal year has an objective and a milestone",
      notApplicable: "The plan has no fiscal years yet",
      failed: {
        default:
          "each fiscal year of a plan has at least one objective and one milestone before the plan leaves draft ({years} lack one). Add at least one objective and one milestone to each of these years.",
      },
    },
    T3: {
      title: "Capacity building and equipment plans provide for sustainment",
      passed: "Sustainment and hand-over described",
      notApplicable: "Applies to capacity-building and equipment plans only",
      failed: {
        default:
          "a capacity-building or equipment plan says how the partner will carry the results on by itself before it goes to review, and this one has no sustainment / hand-over section. Describe the sustainment and hand-over in the plan.",
      },
    },
    T4: {
      title: "Approved after sharing, by someone other than the author",
      passed: "Shared with every partner; approved by someone other than the author",
      notApplicable: "Does not apply to this record",
      failed: {
        notShared:
          "a plan is approved only after it was shared with its partner states (not yet shared with {states}). Share the plan with every partner state before it is approved.",
        ownPlan: "a plan is approved by someone other than its author. Ask another planner or an administrator to approve it.",
        notSharedOwnPlan:
          "a plan is approved only after it was shared with its partner states (not yet shared with {states}), and by someone other than its author. Share the plan with every partner state, then ask another planner or an administrator to approve it.",
      },
    },
    T5: {
      title: "Activities fall inside the plan's fiscal years",
      passed: "Activities fall inside the plan's fiscal years",
      notApplicable: "No activity of a plan to check",
      failed: {
        plan: "a plan's activities fall inside its fiscal years ({activities}: outside {firstFiscalYear}–{lastFiscalYear}). Move their dates into the plan's years, or attach them to another plan.",
        activity:
          "an activity of a plan falls inside the plan's fiscal years, and this one falls outside {firstFiscalYear}–{lastFiscalYear}. Move its dates into the plan's years, or attach it to another plan.",
      },
    },
    T6: {
      title: "Capacity building plans set results indicators with a baseline and yearly targets",
      passed: "An indicator with a baseline and a target for every fiscal year",
      notApplicable: "Applies to capacity-building and equipment plans only",
      failed: {
        none: "a capacity-building or equipment plan goes to review with at least one results indicator that has a baseline and a target for each fiscal year, and this one has no indicator (targets missing for {years}). Add an indicator with its baseline and a target for each of these years.",
        baseline:
          "a capacity-building or equipment plan goes to review with at least one results indicator that has a baseline and a target for each fiscal year, and none of its indicators has a baseline value and date (targets to set for {years}). Record the baseline of an indicator and its target for each of these years.",
        targets:
          "a capacity-building or equipment plan goes to review with at least one results indicator that has a baseline and a target for each fiscal year, and no indicator has targets for {years}. Set an indicator's target for each of these years.",
      },
    },
    T8: {
      title: "Ended years are measured before the plan is archived",
      passed: "Every indicator measured for each ended fiscal year, or the reason recorded",
      notApplicable: "No indicators to measure, or the plan was replaced by a new version",
      failed: {
        default:
          "a plan is archived once each indicator has an actual value for every fiscal year that has ended, and {years} lack one. Record the missing actual values on the plan page, or give the reason they cannot be measured when you archive it.",
      },
    },
    T9: {
      title: "Spending stays within each year's budget",
      passed: "Spending within 10% of each fiscal year's budget",
      notApplicable: "No spending recorded yet",
      failed: {
        default:
          "a fiscal year's spending stays within 10% above its budget, and {overspend}. Check these spending lines, or revise the year's budget in the plan.",
      },
    },
    T7: {
      title: `A conducted activity gets its after-action report within ${AFTER_ACTION_DUE_DAYS} days`,
      passed: "After-action report written, or not due yet",
      notApplicable: "Applies once the activity is conducted",
      failed: {
        activity: `a conducted activity gets its after-action report within ${AFTER_ACTION_DUE_DAYS} days of its end, and this one ended on {endDate} without one. Write its after-action report: what was done against the plan, the results, the lessons and the follow-up actions.`,
        plan: `a conducted activity gets its after-action report within ${AFTER_ACTION_DUE_DAYS} days of its end ({activities}: none yet). Write the after-action report of each of these activities.`,
      },
    },
    O1: {
      title: "Traces to an end and a key area",
      passed: "Traces to an end and a key area",
      notApplicable: "Does not apply to this record",
      failed: {
        program:
          "every program traces to at least one end and one key area (ends: {ends}, key areas: {keyAreas}). Select at least one end and one key area that the program serves.",
        plan: "every plan traces to at least one end and one key area through its program (ends: {ends}, key areas: {keyAreas}). Edit the program to select at least one end and one key area.",
        activity:
          "every activity traces to an end through its program and to at least one key area of its own (program ends: {ends}, activity key areas: {keyAreas}). Select the activity's key areas, and an end on the program if it has none.",
      },
    },
    O2: {
      title: "Multilateral activities are ASEAN-led or open to every member",
      passed: "Under an ASEAN-led framework, or open to every ASEAN member",
      notApplicable: "Applies to multilateral programs only",
      failed: {
        default:
          "a multilateral activity is held under an ASEAN-led framework or is open to every ASEAN member ({states} not invited). Select the ASEAN-led framework it is held under, or invite every ASEAN member state.",
      },
    },
    O3: {
      title: "Participation from outside ASEAN goes through an ASEAN-led framework",
      passed: "Non-ASEAN participants take part under an ASEAN-led framework",
      notApplicable: "No participants from outside ASEAN",
      failed: {
        default:
          "an activity with participants from outside ASEAN ({states}) is linked to an ASEAN-led framework. Select the ASEAN-led framework it is held under.",
      },
    },
  },
  ja: {
    H1: {
      title: "二国間協力はパートナー国のニーズに応える",
      passed: "パートナー国のニーズまたは協議を記録済み",
      notApplicable: "二国間プログラムのみに適用",
      failed: {
        default:
          "二国間の計画・活動はパートナー国のニーズに基づきますが、これには{state}のニーズの紐付けも協議の記録もありません。{state}が提出したニーズを紐付けるか、協議の日付と相手方を記録してください。",
      },
    },
    H2: {
      title: "すべてのASEAN加盟国を招待するか、招待しない理由を記録する",
      passed: "すべてのASEAN加盟国を招待済み、または理由を記録済み",
      notApplicable: "多国間プログラムのみに適用",
      failed: {
        default:
          "多国間プログラムの活動はすべてのASEAN加盟国を招待するか、招待しない理由を記録します（{states}：未招待、理由なし）。各国を招待するか、招待しない理由を記録してください。",
      },
    },
    H3: {
      title: "実施済みの活動はパートナー国の参加者を記録する",
      passed: "パートナー国の参加者を記録済み",
      notApplicable: "活動の実施後に適用",
      failed: {
        default:
          "実施済みの活動はパートナー国の参加者を記録しますが、この活動には参加人数の記録がありません。各パートナー国の参加人数を入力してください。",
      },
    },
    T1: {
      title: `計画の期間は${MIN_PLAN_YEARS}〜${MAX_PLAN_YEARS}年度`,
      passed: `計画の期間は${MIN_PLAN_YEARS}〜${MAX_PLAN_YEARS}年度`,
      notApplicable: "この記録には適用されません",
      failed: {
        tooShort: `計画の期間は${MIN_PLAN_YEARS}年度以上${MAX_PLAN_YEARS}年度以内です（この計画は{span}年度）。最終年度を開始年度の翌年度以降に設定してください。`,
        tooLong: `計画の期間は${MIN_PLAN_YEARS}年度以上${MAX_PLAN_YEARS}年度以内です（この計画は{span}年度）。最終年度を開始年度から${MAX_PLAN_YEARS - 1}年度後までに設定するか、計画を分割してください。`,
      },
    },
    T2: {
      title: "各年度に目標とマイルストーンを設定する",
      passed: "各年度に目標とマイルストーンを設定済み",
      notApplicable: "計画の年度がまだありません",
      failed: {
        default:
          "計画は下書きを終える前に、各年度に目標とマイルストーンを1つ以上設定します（{years}に不足があります）。これらの年度に目標とマイルストーンを追加してください。",
      },
    },
    T3: {
      title: "能力構築支援・防衛装備協力の計画は自立・引継ぎを定める",
      passed: "自立・引継ぎの方策を記載済み",
      notApplicable: "能力構築支援・防衛装備協力の計画のみに適用",
      failed: {
        default:
          "能力構築支援・防衛装備協力の計画は審査の前に、パートナー国が自ら成果を維持する方策を定めますが、この計画には自立・引継ぎの記載がありません。計画に自立・引継ぎの方策を記載してください。",
      },
    },
    T4: {
      title: "パートナー国との共有後に、作成者以外が承認する",
      passed: "すべてのパートナー国と共有済み、作成者以外が承認",
      notApplicable: "この記録には適用されません",
      failed: {
        notShared:
          "計画はパートナー国と共有した後にのみ承認されます（未共有：{states}）。承認の前に、すべてのパートナー国と計画を共有してください。",
        ownPlan: "計画は作成者以外の者が承認します。他の計画担当者または管理者に承認を依頼してください。",
        notSharedOwnPlan:
          "計画はパートナー国と共有した後に、作成者以外の者が承認します（未共有：{states}）。すべてのパートナー国と計画を共有し、他の計画担当者または管理者に承認を依頼してください。",
      },
    },
    T5: {
      title: "活動は計画の年度内に収める",
      passed: "活動は計画の年度内",
      notApplicable: "確認する計画の活動はありません",
      failed: {
        plan: "計画の活動は計画の年度内に収めます（{activities}：{firstFiscalYear}〜{lastFiscalYear}の範囲外）。活動の日程を計画の年度内に移すか、別の計画に付け替えてください。",
        activity:
          "計画に属する活動は計画の年度内に収めますが、この活動は{firstFiscalYear}〜{lastFiscalYear}の範囲外です。日程を計画の年度内に移すか、別の計画に付け替えてください。",
      },
    },
    T6: {
      title: "能力構築支援の計画は基準値と年度ごとの目標値を持つ成果指標を定める",
      passed: "基準値と全年度の目標値を持つ指標を設定済み",
      notApplicable: "能力構築支援・防衛装備協力の計画のみに適用",
      failed: {
        none: "能力構築支援・防衛装備協力の計画は、基準値と各年度の目標値を持つ成果指標を1つ以上定めてから審査に進みますが、この計画には指標がありません（目標値の未設定：{years}）。指標を追加し、基準値とこれらの年度の目標値を設定してください。",
        baseline:
          "能力構築支援・防衛装備協力の計画は、基準値と各年度の目標値を持つ成果指標を1つ以上定めてから審査に進みますが、基準値（値と日付）を記録した指標がありません（目標値の設定が必要な年度：{years}）。指標の基準値と、これらの年度の目標値を設定してください。",
        targets:
          "能力構築支援・防衛装備協力の計画は、基準値と各年度の目標値を持つ成果指標を1つ以上定めてから審査に進みますが、{years}の目標値を持つ指標がありません。指標にこれらの年度の目標値を設定してください。",
      },
    },
    T8: {
      title: "終了した年度の実績を測定してから計画を保管する",
      passed: "終了した各年度の実績値を記録済み、または理由を記録済み",
      notApplicable: "測定する指標がないか、新しい版に置き換えられた計画",
      failed: {
        default:
          "計画は、終了した各年度について全指標の実績値を記録してから保管しますが、{years}の実績値が記録されていません。計画のページで不足している実績値を記録するか、保管時に測定できない理由を記入してください。",
      },
    },
    T9: {
      title: "支出は各年度の予算の範囲内に収める",
      passed: "各年度の支出は予算の110％以内",
      notApplicable: "支出の記録はまだありません",
      failed: {
        default:
          "各年度の支出は予算の110％以内に収めますが、{overspend}。これらの支出明細を確認するか、計画の当該年度の予算を見直してください。",
      },
    },
    T7: {
      title: `実施した活動は終了後${AFTER_ACTION_DUE_DAYS}日以内に事後報告を作成する`,
      passed: "事後報告を作成済み、または期限前",
      notApplicable: "活動の実施後に適用",
      failed: {
        activity: `実施した活動は終了後${AFTER_ACTION_DUE_DAYS}日以内に事後報告を作成しますが、この活動は{endDate}に終了し、事後報告がありません。計画に対する実施内容、成果、教訓、フォローアップ事項を事後報告に記載してください。`,
        plan: `実施した活動は終了後${AFTER_ACTION_DUE_DAYS}日以内に事後報告を作成します（{activities}：未作成）。これらの活動の事後報告を作成してください。`,
      },
    },
    O1: {
      title: "目標と重点分野に結び付ける",
      passed: "目標と重点分野に結び付いています",
      notApplicable: "この記録には適用されません",
      failed: {
        program:
          "すべてのプログラムは1つ以上の目標（E1・E2）と重点分野に結び付きます（目標：{ends}件、重点分野：{keyAreas}件）。プログラムが資する目標と重点分野をそれぞれ1つ以上選択してください。",
        plan: "すべての計画はプログラムを通じて1つ以上の目標（E1・E2）と重点分野に結び付きます（目標：{ends}件、重点分野：{keyAreas}件）。プログラムを編集し、目標と重点分野をそれぞれ1つ以上選択してください。",
        activity:
          "すべての活動はプログラムを通じて目標（E1・E2）に、また自らの重点分野に結び付きます（プログラムの目標：{ends}件、活動の重点分野：{keyAreas}件）。活動の重点分野を選択し、プログラムに目標がなければ選択してください。",
      },
    },
    O2: {
      title: "多国間の活動はASEAN主導の枠組みで行うか、全加盟国に開く",
      passed: "ASEAN主導の枠組みの下で実施、またはすべてのASEAN加盟国に開かれている",
      notApplicable: "多国間プログラムのみに適用",
      failed: {
        default:
          "多国間の活動はASEAN主導の枠組みの下で行うか、すべてのASEAN加盟国に開かれています（未招待：{states}）。活動を行うASEAN主導の枠組みを選択するか、すべてのASEAN加盟国を招待してください。",
      },
    },
    O3: {
      title: "ASEAN域外国の参加はASEAN主導の枠組みを通じて行う",
      passed: "ASEAN域外国はASEAN主導の枠組みの下で参加",
      notApplicable: "ASEAN域外国の参加者なし",
      failed: {
        default: "ASEAN域外国（{states}）が参加する活動はASEAN主導の枠組みに結び付けます。活動を行うASEAN主導の枠組みを選択してください。",
      },
    },
  },
};

/** For a rule of a later step: when it will apply. */
const STEP_NOTES: Readonly<Record<Locale, Readonly<Record<Exclude<RuleStep, "save">, string>>>> = {
  en: {
    share: "Will apply when the plan is shared with partners.",
    submit: "Will apply when the plan is submitted for review.",
    approve: "Will apply when the plan is approved.",
    archive: "Will apply when the plan is archived.",
  },
  ja: {
    share: "計画をパートナー国と共有する時点から適用されます。",
    submit: "計画を審査に提出する時点から適用されます。",
    approve: "計画の承認時に適用されます。",
    archive: "計画を保管する時点から適用されます。",
  },
};

const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { en: ", ", ja: "、" };
const STATE_PARAMS = new Set(["state", "states"]);
const FISCAL_YEAR_PARAMS = new Set(["years", "firstFiscalYear", "lastFiscalYear"]);
/** Calendar days as YYYY-MM-DD (T7's end date): 2026-10-01 in English, 2026年10月1日 in Japanese. */
const DAY_PARAMS = new Set(["endDate"]);

function dayText(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (locale !== "ja" || !match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Whether a result's message names states (so that the reader's names for them are worth loading). */
export function citesStates(result: Pick<RuleResult, "params">): boolean {
  return Object.keys(result.params).some((key) => STATE_PARAMS.has(key));
}

export interface RuleMessageOptions {
  /** Turns a state code into the reader's name for it; codes are shown as they are without it. */
  stateName?: (code: string) => string;
}

function formatParam(key: string, value: RuleResult["params"][string], locale: Locale, options: RuleMessageOptions): string {
  const one = (item: string | number): string => {
    if (FISCAL_YEAR_PARAMS.has(key) && typeof item === "number") return fiscalYearLabel(item, locale);
    if (DAY_PARAMS.has(key) && typeof item === "string") return dayText(item, locale);
    if (STATE_PARAMS.has(key) && typeof item === "string" && options.stateName) return options.stateName(item);
    return String(item);
  };
  if (typeof value === "string" || typeof value === "number") return one(value);
  return value.length === 0 ? "—" : value.map(one).join(LIST_SEPARATOR[locale]);
}

const numbers = (value: RuleResult["params"][string] | undefined): readonly number[] =>
  Array.isArray(value) ? value.map(Number) : typeof value === "number" ? [value] : [];
const texts = (value: RuleResult["params"][string] | undefined): readonly string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];

/**
 * T9's years over budget in words: per year its actual and budget and its largest lines ("and N
 * more"), from the lists in step that checkT9 (principles.ts) gives.
 */
function overspendText(params: RuleResult["params"], locale: Locale): string {
  const yen = new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", { style: "currency", currency: "JPY" });
  const [years, budgets, actuals, more] = [numbers(params.years), numbers(params.budgets), numbers(params.actuals), numbers(params.more)];
  const [lineYears, lineAmounts] = [numbers(params.lineYears), numbers(params.lineAmounts)];
  const [lineDates, lineDescriptions] = [texts(params.lineDates), texts(params.lineDescriptions)];
  return years
    .map((fy, i) => {
      const lines = lineYears.flatMap((lineYear, j) =>
        lineYear === fy
          ? [`${lineDates[j]}${lineDescriptions[j] ? ` ${lineDescriptions[j]}` : ""} ${yen.format(lineAmounts[j] ?? 0)}`]
          : [],
      );
      const rest = more[i] ?? 0;
      const budget = yen.format(budgets[i] ?? 0);
      const actual = yen.format(actuals[i] ?? 0);
      if (locale === "ja") {
        const listed = `${lines.join("、")}${rest > 0 ? `、ほか${rest}件` : ""}`;
        return `${fiscalYearLabel(fy, locale)}は予算${budget}に対し支出${actual}です（主な明細：${listed}）`;
      }
      const listed = `${lines.join("; ")}${rest > 0 ? `; and ${rest} more` : ""}`;
      return `${fiscalYearLabel(fy, locale)} spent ${actual} against a budget of ${budget} (largest lines: ${listed})`;
    })
    .join(locale === "ja" ? "。また、" : "; ");
}

function interpolate(template: string, params: RuleResult["params"], locale: Locale, options: RuleMessageOptions): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    if (key === "overspend") return overspendText(params, locale);
    const value = params[key];
    return value === undefined ? placeholder : formatParam(key, value, locale, options);
  });
}

export function principleName(principle: Principle, locale: Locale): string {
  return PRINCIPLE_NAMES[locale][principle];
}

/** "T1 · Tailored and lasting" */
export function rulePrefix(code: RuleCode, locale: Locale): string {
  return `${code} · ${principleName(ruleDefinition(code).principle, locale)}`;
}

export function ruleTitle(code: RuleCode, locale: Locale): string {
  return RULE_TEXTS[locale][code].title;
}

/**
 * The text for a result: for a failed rule "<CODE> · <Principle>: <what is wrong>. <How to fix it>.",
 * the same for a rule not yet applicable that the record would fail (what to prepare), for a passed
 * or not applicable one "<CODE> · <Principle>: <label>", for a later rule met already when it applies.
 */
export function ruleMessage(
  result: Pick<RuleResult, "code" | "status" | "variant" | "params" | "step">,
  locale: Locale,
  options: RuleMessageOptions = {},
): string {
  const texts = RULE_TEXTS[locale][result.code];
  const prefix = rulePrefix(result.code, locale);
  if (result.status === "passed") return `${prefix}: ${texts.passed}`;
  if (result.status === "not_applicable") return `${prefix}: ${texts.notApplicable}`;
  if (result.variant === null) return `${prefix}: ${ruleStepNote(result, locale) ?? texts.notApplicable}`;
  const variants = Object.values(texts.failed);
  const template = texts.failed[result.variant] ?? variants[0] ?? "";
  return `${prefix}: ${interpolate(template, result.params, locale, options)}`;
}

/** "Will apply when the plan is shared with partners." for a rule not yet applicable; null otherwise. */
export function ruleStepNote(result: Pick<RuleResult, "status" | "step">, locale: Locale): string | null {
  if (result.status !== "not_yet_applicable" || result.step === "save") return null;
  return STEP_NOTES[locale][result.step];
}
