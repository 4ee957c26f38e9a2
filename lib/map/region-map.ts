// The map of Southeast Asia behind the insight map: the 11 ASEAN member states as SVG paths in a
// Mercator projection fitted to their extent, and the neighbouring land (clipped to the frame) for
// context. Built once per server process from world-atlas's 1:50m countries (the 1:110m file has no
// Singapore), then kept in memory: the paths do not depend on the request.
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { ASEAN_BY_NUMERIC, LABEL_AT } from "@/lib/map/asean";
import { compactPath, RingCollector, ringArea, type Point } from "@/lib/map/compact-path";

/** Width of the map's viewBox; one unit is the precision the paths keep. */
export const MAP_WIDTH = 1200;
const PADDING = 16;
/**
 * A state drawn smaller than this (square viewBox units) is hard to see or to click, so it also
 * gets a round marker: Singapore (about 20) does, Brunei (about 270) does not.
 */
export const MARKER_BELOW_AREA = 120;
/** A state drawn smaller than this has its label beside it, in the sea, with a leader line. */
export const LEADER_BELOW_AREA = 1000;

export interface MapState {
  code: string;
  d: string;
  /** Drawn area in square viewBox units. */
  area: number;
  /** Where the label goes. */
  label: Point;
  /** Where a leader line from the label ends (the state's centre), for small states; else null. */
  leader: Point | null;
  /** Centre of a state too small to see, for its marker; null for the others. */
  marker: Point | null;
}

export interface RegionMap {
  width: number;
  height: number;
  states: MapState[];
  /** The neighbouring land, one path. */
  neighbours: string;
}

type CountryProperties = { name: string };

const round = ([x, y]: readonly [number, number]): Point => [Math.round(x), Math.round(y)];

export function buildRegionMap(topology: Topology, width = MAP_WIDTH): RegionMap {
  const countries = feature(topology, topology.objects.countries as GeometryCollection<CountryProperties>) as FeatureCollection<
    Geometry,
    CountryProperties
  >;
  const isAsean = (country: Feature) => String(country.id) in ASEAN_BY_NUMERIC;
  const asean: FeatureCollection = { type: "FeatureCollection", features: countries.features.filter(isAsean) };

  // Fit the width first to learn the height the ASEAN extent needs, then fit again inside the padding.
  const projection = geoMercator().fitWidth(width - 2 * PADDING, asean);
  const [[, top], [, bottom]] = geoPath(projection).bounds(asean);
  const height = Math.ceil(bottom - top + 2 * PADDING);
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [width - PADDING, height - PADDING],
    ],
    asean,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

  const draw = (geometry: Feature) => {
    const collector = new RingCollector();
    geoPath(projection, collector)(geometry);
    return collector.rings;
  };

  const states: MapState[] = [];
  for (const country of asean.features) {
    const code = ASEAN_BY_NUMERIC[String(country.id)]!;
    const rings = draw(country);
    const area = rings.reduce((sum, ring) => sum + ringArea(ring.points), 0);
    const labelAt = LABEL_AT[code];
    const centre = round(geoPath(projection).centroid(country));
    states.push({
      code,
      d: compactPath(rings),
      area,
      label: labelAt ? round(projection([labelAt[0], labelAt[1]]) ?? centre) : centre,
      leader: area < LEADER_BELOW_AREA ? centre : null,
      marker: area < MARKER_BELOW_AREA ? centre : null,
    });
  }
  states.sort((a, b) => a.code.localeCompare(b.code));

  const neighbours = countries.features
    .filter((country) => !isAsean(country))
    .map((country) => compactPath(draw(country), 8))
    .join("");

  return { width, height, states, neighbours };
}

let cached: RegionMap | undefined;

/** The region map, read and projected on first use. */
export function regionMap(): RegionMap {
  cached ??= buildRegionMap(
    JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/world-atlas/countries-50m.json"), "utf8")) as Topology,
  );
  return cached;
}
