// What a page weighs as the browser receives it: the HTML document with its inlined RSC payload (the
// `self.__next_f.push(...)` scripts that React reads to hydrate and navigate), uncompressed.
import type { HttpSession } from "./http-session";

export interface PageWeight {
  path: string;
  /** The whole HTML document, in bytes. */
  bytes: number;
  /** The part of it that is the inlined RSC payload. */
  rscBytes: number;
  /** Elements in the HTML (opening tags), the RSC payload's scripts left out. */
  elements: number;
}

const RSC_SCRIPT = /<script[^>]*>self\.__next_f\.push\([\s\S]*?\)<\/script>/g;

export function weigh(path: string, html: string): PageWeight {
  const rscBytes = [...html.matchAll(RSC_SCRIPT)].reduce((sum, [script]) => sum + Buffer.byteLength(script), 0);
  const markup = html.replace(RSC_SCRIPT, "");
  return { path, bytes: Buffer.byteLength(html), rscBytes, elements: (markup.match(/<[a-zA-Z]/g) ?? []).length };
}

/** Each page's weight, from one GET each (HTTP 200 required). */
export async function pageWeights(session: HttpSession, paths: string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const path of paths) {
    const response = await session.get(path);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status}`);
    weights.push(weigh(path, html));
  }
  return weights;
}

export const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
