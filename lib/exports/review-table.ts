// The review of efforts as rows of cells, for its XLSX and PDF: one row per state, key area and the
// total, under a header in the reader's language. Money columns only when the review carries money.
import type { Review, ReviewFigures } from "@/lib/data/review/reads";
import type { ReportCell } from "@/lib/exports/cell";

export type ReviewColumn =
  | "group"
  | "name"
  | "planned"
  | "conducted"
  | "participants"
  | "needsSubmitted"
  | "needsAnswered"
  | "achieved"
  | "onTrack"
  | "behind"
  | "noData"
  | "followUpsOpen"
  | "feedbackCount"
  | "usefulness"
  | "fit"
  | "budget"
  | "actual"
  | "variance";

export function reviewColumns(review: Pick<Review, "money">): ReviewColumn[] {
  const columns: ReviewColumn[] = [
    "group",
    "name",
    "planned",
    "conducted",
    "participants",
    "needsSubmitted",
    "needsAnswered",
    "achieved",
    "onTrack",
    "behind",
    "noData",
    "followUpsOpen",
    "feedbackCount",
    "usefulness",
    "fit",
  ];
  return review.money ? [...columns, "budget", "actual", "variance"] : columns;
}

/** A rating average to one decimal, or null without ratings (an empty cell). */
const rating = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

function figureCells(figures: ReviewFigures, money: boolean): ReportCell[] {
  const cells: ReportCell[] = [
    figures.activitiesPlanned,
    figures.activitiesConducted,
    figures.participants,
    figures.needsSubmitted,
    figures.needsAnswered,
    figures.indicators.achieved,
    figures.indicators.onTrack,
    figures.indicators.behind,
    figures.indicators.noData,
    figures.followUpsOpen,
    figures.feedbackCount,
    rating(figures.usefulness),
    rating(figures.fit),
  ];
  if (!money || !figures.money) return cells;
  const { budgetJpy, actualJpy } = figures.money;
  return [...cells, budgetJpy, actualJpy, actualJpy - budgetJpy];
}

/** Every row of the review: the states, the key areas, then the total. `name` reads a row's name in the reader's language. */
export function reviewRows(
  review: Review,
  labels: { state: string; keyArea: string; total: string },
  name: (row: { nameEn: string; nameJa: string }) => string,
): ReportCell[][] {
  return [
    ...review.states.map((row) => [labels.state, name(row), ...figureCells(row, review.money)]),
    ...review.keyAreas.map((row) => [labels.keyArea, name(row), ...figureCells(row, review.money)]),
    [labels.total, labels.total, ...figureCells(review.total, review.money)],
  ];
}
