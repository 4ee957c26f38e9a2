// The performance targets of the portal, each judged from figures of one benchmark run: a figure, its
// reference, their ratio, and the limit the ratio (or figure) must stay within.

export interface Check {
  measure: string;
  figure: string;
  reference: string;
  ratio: string;
  target: string;
  met: boolean;
}

const x = (ratio: number) => `${ratio.toFixed(2)}x`;

/** figure / reference <= limit (a time, memory: lower is better). */
export function atMost(measure: string, figure: number, reference: number, limit: number, unit: string): Check {
  const ratio = figure / reference;
  return {
    measure,
    figure: `${figure.toFixed(1)} ${unit}`,
    reference: `${reference.toFixed(1)} ${unit}`,
    ratio: x(ratio),
    target: `<= ${limit}x`,
    met: ratio <= limit,
  };
}

/** figure / reference >= limit (a rate: higher is better). */
export function atLeast(measure: string, figure: number, reference: number, limit: number, unit: string): Check {
  const ratio = figure / reference;
  const f = (n: number) => `${Math.round(n).toLocaleString("en-US")} ${unit}`;
  return { measure, figure: f(figure), reference: f(reference), ratio: x(ratio), target: `>= ${limit}x`, met: ratio >= limit };
}

/** An absolute limit: figure <= limit. */
export function below(measure: string, figure: number, limit: number, unit: string, digits = 1): Check {
  return {
    measure,
    figure: `${figure.toFixed(digits)} ${unit}`,
    reference: "-",
    ratio: "-",
    target: `<= ${limit} ${unit}`,
    met: figure <= limit,
  };
}

/** Two figures that must be equal (queries per request at two scales). */
export function equal(measure: string, figure: number, reference: number): Check {
  return {
    measure,
    figure: String(figure),
    reference: String(reference),
    ratio: x(figure / reference),
    target: "equal",
    met: figure === reference,
  };
}
