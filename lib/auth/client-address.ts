// The address a sign-in comes from, for throttling and the audit trail.
//
// TRUSTED_PROXY is the number of reverse proxies in front of the app that append the address they
// were connected from to X-Forwarded-For (nginx `proxy_add_x_forwarded_for`, most load balancers).
// With N, the client is the N-th entry from the right; the entries left of it were sent by the client
// and may be forged. "true" means 1. Set it to exactly the number of such proxies: one too many lets a
// client choose its address, one too few makes the proxy everybody's address.
//
// Unset or 0: the app is reached directly. Next.js (base-server) then copies the socket's address into
// X-Forwarded-For, but only when the request has none, so a client talking straight to the app can name
// any address. That address is still used (honest clients and simple tools are throttled per address)
// but is not trusted: it never makes an address "known" for an account, and the per-account limit,
// which does not depend on the address, stays in force.
import { isIP, isIPv6 } from "node:net";

export interface ClientAddress {
  /** The address as seen, normalised ("unknown" when there is none or it is not an address). */
  address: string;
  /** What throttling counts by: the address itself, or for IPv6 its /64 (one subscriber's network). */
  key: string;
  /** Whether the address came through the trusted proxies (TRUSTED_PROXY), not from the client's say. */
  trusted: boolean;
}

export const UNKNOWN_ADDRESS = "unknown";

let warnedAbout: string | undefined;

/** TRUSTED_PROXY as a hop count; an unreadable value counts as 0 (and says so once). */
export function trustedProxyHops(value: string | undefined = process.env.TRUSTED_PROXY): number {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "false" || text === "0") return 0;
  if (text === "true") return 1;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  if (warnedAbout !== text) {
    warnedAbout = text;
    console.warn(`[auth] TRUSTED_PROXY=${JSON.stringify(value)} is not a number of proxies; treating the app as directly reachable`);
  }
  return 0;
}

export function clientAddress(headers: Headers, hops: number = trustedProxyHops()): ClientAddress {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Directly reachable: the last entry is the socket's address when the client sent no header.
  const picked = entries[Math.max(0, entries.length - Math.max(hops, 1))];
  const address = (picked && normaliseAddress(picked)) ?? UNKNOWN_ADDRESS;
  // Fewer entries than proxies: the proxies are not the ones described, so nothing here is vouched for.
  const trusted = hops > 0 && entries.length >= hops && address !== UNKNOWN_ADDRESS;
  return { address, key: throttleKey(address), trusted };
}

/** An IPv4 or IPv6 address without port, brackets, zone or IPv4-mapped prefix; null if it is none. */
export function normaliseAddress(raw: string): string | null {
  let text = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%.*$/, "");
  if (text.startsWith("::ffff:") && isIP(text.slice(7)) === 4) text = text.slice(7);
  return isIP(text) ? text : null;
}

/** IPv4 as is; IPv6 by its /64, since one subscriber usually holds a whole /64. */
export function throttleKey(address: string): string {
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  return groups
    ? `${groups
        .slice(0, 4)
        .map((group) => group.toString(16))
        .join(":")}::/64`
    : address;
}

/** The eight 16-bit groups of a valid IPv6 address (with "::" and a dotted IPv4 tail expanded). */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}
