// The 11 ASEAN member states as world-atlas names them (ISO 3166-1 numeric ids, as zero-padded
// strings) and as the portal does (PartnerState.code, ISO 3166-1 alpha-2).

export const ASEAN_BY_NUMERIC: Readonly<Record<string, string>> = {
  "096": "BN",
  "116": "KH",
  "360": "ID",
  "418": "LA",
  "458": "MY",
  "104": "MM",
  "608": "PH",
  "702": "SG",
  "764": "TH",
  "704": "VN",
  "626": "TL",
};

export const ASEAN_CODES: readonly string[] = Object.values(ASEAN_BY_NUMERIC);

/**
 * Where each state's label sits, as [longitude, latitude]. Chosen by hand: the centroid of an
 * archipelago falls in the sea or on a neighbour, and the smallest states need their label beside
 * them (in the sea), joined by a leader line to their marker.
 */
export const LABEL_AT: Readonly<Record<string, readonly [number, number]>> = {
  MM: [96.1, 21.6],
  TH: [101.2, 15.6],
  LA: [102.6, 19.9],
  KH: [104.9, 12.7],
  VN: [109.9, 16.2],
  MY: [102.2, 4.5],
  SG: [106.2, 1.9],
  BN: [113.2, 6.6],
  PH: [122.7, 12.3],
  ID: [113.7, -0.6],
  TL: [128.7, -9.7],
};
