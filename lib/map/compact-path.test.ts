import { describe, expect, it } from "vitest";
import { compactPath, RingCollector, ringArea } from "@/lib/map/compact-path";

function collect(draw: (c: RingCollector) => void) {
  const collector = new RingCollector();
  draw(collector);
  return collector.rings;
}

describe("compactPath", () => {
  it("writes integer relative moves and drops repeated points", () => {
    const rings = collect((c) => {
      c.moveTo(10.2, 20.4);
      c.lineTo(10.4, 20.1); // rounds to the same point: dropped
      c.lineTo(30, 20);
      c.lineTo(30, 40.6);
      c.closePath();
    });
    expect(compactPath(rings)).toBe("M10 20l20 0 0 21z");
  });

  it("leaves out islets but keeps a feature's largest ring however small", () => {
    const rings = collect((c) => {
      c.moveTo(0, 0);
      c.lineTo(1, 0);
      c.lineTo(1, 1);
      c.closePath(); // 0.5 square units: the only ring, kept
    });
    expect(compactPath(rings)).toBe("M0 0l1 0 0 1z");
    const archipelago = collect((c) => {
      c.moveTo(0, 0);
      c.lineTo(10, 0);
      c.lineTo(10, 10);
      c.closePath();
      c.moveTo(50, 50);
      c.lineTo(51, 50);
      c.lineTo(51, 51);
      c.closePath();
    });
    expect(compactPath(archipelago)).toBe("M0 0l10 0 0 10z");
    expect(compactPath(archipelago, 0)).toBe("M0 0l10 0 0 10zM50 50l1 0 0 1z");
  });

  it("measures ring areas whatever the winding", () => {
    const square = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
    ] as const;
    expect(ringArea([...square])).toBe(16);
    expect(ringArea([...square].reverse())).toBe(16);
  });
});
