// Lanes for bars on a time axis (the calendar's weeks, the timeline's programs): each bar goes to the
// first lane free over its whole span, so no two bars of a lane overlap. Pure.

/** A span on a discrete axis, inclusive at both ends (day columns, days since an epoch). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The lane of each span, in input order: 0, 1, ... or -1 when all `maxLanes` lanes are taken over
 * its span (the caller counts those as "+n more"). Spans are placed earliest first, longer first on
 * a tie, which keeps the lanes few; the input order is kept for the result only.
 */
export function assignLanes(spans: readonly Span[], maxLanes = Infinity): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || spans[b]!.end - spans[a]!.end || a - b);
  // The last occupied position of each lane.
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(-1);
  for (const i of order) {
    const span = spans[i]!;
    let lane = laneEnds.findIndex((end) => end < span.start);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(span.end) - 1;
    else if (lane !== -1) laneEnds[lane] = span.end;
    lanes[i] = lane;
  }
  return lanes;
}

/** How many lanes the assignment uses. */
export function laneCount(lanes: readonly number[]): number {
  return Math.max(0, ...lanes) + (lanes.some((lane) => lane >= 0) ? 1 : 0);
}
