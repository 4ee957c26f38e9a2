// The session the proxy found in the cookie, handed to the page or route handler behind it in a
// request header, so that the cookie is decrypted once per request rather than twice. next-auth's
// auth() costs a key derivation, a decryption, a CSRF token and a re-encryption each time it runs.
//
// The proxy deletes the header from every request before it may set it, so a client cannot send one
// in. It is sealed all the same (HMAC-SHA-256 under a key derived from AUTH_SECRET, valid for a
// minute): were the proxy ever skipped, a header that a client made up is refused and the page
// reads the cookie itself. Whether the session still stands is decided afterwards as before, from
// the database (lib/auth/actor.ts).
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { SessionRef } from "@/lib/data/users/sessions";

export const FORWARDED_SESSION_HEADER = "x-portal-session";

/** How long a sealed header is accepted: longer than any request takes to reach its page. */
const VALID_SECONDS = 60;

let derived: { secret: string; key: Buffer } | undefined;

function sealKey(): Buffer | undefined {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return undefined;
  if (derived?.secret !== secret) {
    derived = { secret, key: Buffer.from(hkdfSync("sha256", secret, "", "vientiane-portal forwarded session", 32)) };
  }
  return derived.key;
}

const macOf = (key: Buffer, body: string) => createHmac("sha256", key).update(body).digest("base64url");

/** The header's value for `ref`, or undefined without AUTH_SECRET (the page then reads the cookie). */
export function sealSessionRef(ref: SessionRef, nowSeconds = Math.floor(Date.now() / 1000)): string | undefined {
  const key = sealKey();
  if (!key) return undefined;
  const body = Buffer.from(JSON.stringify([ref.uid, ref.sv, ref.sid, nowSeconds])).toString("base64url");
  return `${body}.${macOf(key, body)}`;
}

/** The session a sealed header names, or null when it is absent, forged, malformed or stale. */
export function openSessionRef(value: string | null | undefined, nowSeconds = Math.floor(Date.now() / 1000)): SessionRef | null {
  const key = sealKey();
  if (!key || !value) return null;
  const dot = value.indexOf(".");
  if (dot <= 0) return null;
  const body = value.slice(0, dot);
  const mac = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(macOf(key, body));
  if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return null;
  try {
    const [uid, sv, sid, sealedAt] = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as unknown[];
    if (typeof uid !== "string" || !uid || typeof sv !== "number" || typeof sid !== "string" || !sid) return null;
    if (typeof sealedAt !== "number" || Math.abs(nowSeconds - sealedAt) > VALID_SECONDS) return null;
    return { uid, sv, sid };
  } catch {
    return null;
  }
}
