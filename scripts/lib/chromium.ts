// Debian's Chromium, as the browser tests and the benchmark launch it: Playwright cannot download its
// own browser on these machines, and without the background-networking flags Chromium keeps trying
// to reach Google's hosts, which a closed network refuses.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
