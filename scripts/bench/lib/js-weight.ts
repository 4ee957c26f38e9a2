// JavaScript a browser downloads for a page, as Chromium counts it: each route opened in a fresh
// context (empty cache) with the benchmark's session cookie, and every script response summed as sent
// over the wire (compressed body and headers), until the network is idle.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../lib/chromium";
import type { HttpSession } from "./http-session";

export interface JsWeight {
  route: string;
  status: number;
  scripts: number;
  /** Compressed body bytes, summed. */
  bodyBytes: number;
  /** Bodies and response headers: what the network carried. */
  transferredBytes: number;
  /** The same bodies uncompressed, for the record. */
  decodedBytes: number;
}

export async function measureJsWeight(session: HttpSession, routes: string[]): Promise<JsWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const cookies = session.jar
      .header()
      .split("; ")
      .filter(Boolean)
      .map((pair) => {
        const eq = pair.indexOf("=");
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: session.baseUrl };
      });
    const results: JsWeight[] = [];
    for (const route of routes) {
      const context = await browser.newContext({ locale: "en-US" });
      await context.addCookies(cookies);
      const page = await context.newPage();
      const client = await context.newCDPSession(page);
      await client.send("Network.enable");
      // Chromium's own accounting: encodedDataLength is what came over the wire for the response.
      const scripts = new Map<string, { transferred: number; decoded: number; body: number }>();
      client.on("Network.responseReceived", (event) => {
        if (event.type === "Script") scripts.set(event.requestId, { transferred: 0, decoded: 0, body: 0 });
      });
      client.on("Network.dataReceived", (event) => {
        const entry = scripts.get(event.requestId);
        if (entry) {
          entry.decoded += event.dataLength;
          entry.body += event.encodedDataLength;
        }
      });
      client.on("Network.loadingFinished", (event) => {
        const entry = scripts.get(event.requestId);
        if (entry) entry.transferred = event.encodedDataLength;
      });
      const response = await page.goto(new URL(route, session.baseUrl).toString(), { waitUntil: "networkidle" });
      const entries = [...scripts.values()];
      results.push({
        route,
        status: response?.status() ?? 0,
        scripts: entries.length,
        bodyBytes: entries.reduce((sum, e) => sum + e.body, 0),
        transferredBytes: entries.reduce((sum, e) => sum + e.transferred, 0),
        decodedBytes: entries.reduce((sum, e) => sum + e.decoded, 0),
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
