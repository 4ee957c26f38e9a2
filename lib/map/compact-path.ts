// SVG path strings small enough to inline in a page: d3-geo draws into a RingCollector, which
// rounds to whole viewBox units and drops repeated points; compactPath writes relative moves and
// leaves out islets smaller than a few square units. With integer coordinates the relative moves
// are exact, so rounding errors do not add up along a coastline.
import type { GeoContext } from "d3-geo";

export type Point = readonly [number, number];

export interface Ring {
  points: Point[];
  closed: boolean;
}

/** A d3-geo path context that records rings instead of drawing them. */
export class RingCollector implements GeoContext {
  readonly rings: Ring[] = [];
  private current: Ring | null = null;

  moveTo(x: number, y: number): void {
    this.current = { points: [[Math.round(x), Math.round(y)]], closed: false };
    this.rings.push(this.current);
  }

  lineTo(x: number, y: number): void {
    const ring = this.current;
    if (!ring) return;
    const point: Point = [Math.round(x), Math.round(y)];
    const last = ring.points[ring.points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) ring.points.push(point);
  }

  closePath(): void {
    if (this.current) this.current.closed = true;
  }

  beginPath(): void {}

  // Only called for point geometries, which the map does not draw.
  arc(): void {}
}

/** Area enclosed by a ring (shoelace formula), in square viewBox units. */
export function ringArea(points: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/** Numbers of a path command: a minus sign separates as well as a space does. */
function joinNumbers(numbers: number[]): string {
  let out = "";
  for (const n of numbers) out += out && n >= 0 ? ` ${n}` : `${n}`;
  return out;
}

/**
 * The path of a feature's rings. Rings under `minArea` square units are left out (islets of a pixel
 * or less), except the largest ring, so that every feature keeps a shape however small it is.
 */
export function compactPath(rings: readonly Ring[], minArea = 2): string {
  const drawable = rings.filter((ring) => ring.points.length >= 2);
  let largest: Ring | undefined;
  let largestArea = -1;
  const areas = new Map<Ring, number>();
  for (const ring of drawable) {
    const area = ringArea(ring.points);
    areas.set(ring, area);
    if (area > largestArea) [largest, largestArea] = [ring, area];
  }
  let d = "";
  for (const ring of drawable) {
    if (ring !== largest && (ring.points.length < 3 || (areas.get(ring) ?? 0) < minArea)) continue;
    const [start, ...rest] = ring.points as [Point, ...Point[]];
    const deltas: number[] = [];
    let [px, py] = start;
    for (const [x, y] of rest) {
      deltas.push(x - px, y - py);
      [px, py] = [x, y];
    }
    d += `M${joinNumbers([start[0], start[1]])}`;
    if (deltas.length) d += `l${joinNumbers(deltas)}`;
    if (ring.closed) d += "z";
  }
  return d;
}
