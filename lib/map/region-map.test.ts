import { describe, expect, it } from "vitest";
import { ASEAN_BY_NUMERIC, ASEAN_CODES } from "@/lib/map/asean";
import { MARKER_BELOW_AREA, regionMap } from "@/lib/map/region-map";

const map = regionMap();
const byCode = new Map(map.states.map((state) => [state.code, state]));
const inFrame = ([x, y]: readonly [number, number]) => x >= 0 && x <= map.width && y >= 0 && y <= map.height;

describe("the region map", () => {
  it("maps the 11 ASEAN members' ISO numeric ids to their alpha-2 codes", () => {
    expect(ASEAN_BY_NUMERIC["608"]).toBe("PH");
    expect(ASEAN_BY_NUMERIC["702"]).toBe("SG");
    expect(ASEAN_BY_NUMERIC["626"]).toBe("TL");
    expect(new Set(ASEAN_CODES)).toEqual(new Set(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"]));
  });

  it("draws every ASEAN member state with a non-empty path inside the frame", () => {
    expect([...byCode.keys()].sort()).toEqual([...ASEAN_CODES].sort());
    for (const state of map.states) {
      expect(state.d, state.code).toMatch(/^M-?\d+ -?\d+l/);
      expect(state.area, state.code).toBeGreaterThan(0);
      expect(inFrame(state.label), state.code).toBe(true);
    }
  });

  it("gives Singapore, a couple of units across, a marker on the island; the larger states none", () => {
    const singapore = byCode.get("SG")!;
    expect(singapore.area).toBeLessThan(MARKER_BELOW_AREA);
    expect(singapore.marker).not.toBeNull();
    const [x, y] = singapore.marker!;
    const [mx, my] = singapore.d.slice(1).split("l")[0]!.split(" ").map(Number) as [number, number];
    expect(Math.hypot(x - mx, y - my)).toBeLessThan(10);
    for (const code of ["ID", "PH", "VN", "TH", "MM"]) expect(byCode.get(code)!.marker, code).toBeNull();
  });

  it("fits the ASEAN extent: Myanmar at the top left, Timor-Leste at the bottom", () => {
    const myanmar = byCode.get("MM")!.label;
    const timor = byCode.get("TL")!.label;
    expect(myanmar[0]).toBeLessThan(map.width / 4);
    expect(myanmar[1]).toBeLessThan(map.height / 3);
    expect(timor[1]).toBeGreaterThan((map.height * 3) / 4);
  });

  it("stays small enough to inline in a page, and is built once", () => {
    const bytes = map.neighbours.length + map.states.reduce((sum, state) => sum + state.d.length, 0);
    expect(bytes).toBeLessThan(60_000);
    expect(regionMap()).toBe(map);
  });
});
