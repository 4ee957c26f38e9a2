// The session cookie's JWT, in exactly next-auth's format (JWE, "dir" with A256CBC-HS512, the key
// derived from AUTH_SECRET and the cookie's name by HKDF, its thumbprint as the "kid"), with the
// derived key and its thumbprint remembered: next-auth derives both anew for every decode and every
// encode, two of each per page request (the proxy reads the cookie and re-issues it), about a tenth
// of the CPU a request costs the server. lib/auth/jwt.test.ts checks that each reads the other's.
import { hkdfSync } from "node:crypto";
import { base64url, calculateJwkThumbprint, EncryptJWT, jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

const ALG = "dir";
const ENC = "A256CBC-HS512";
const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60; // next-auth's

interface DerivedKey {
  key: Uint8Array;
  kid: string;
}

// A few entries: one per secret (a rotation lists two), cookie name and algorithm.
const derived = new Map<string, Promise<DerivedKey>>();

function derivedKey(enc: string, secret: string, salt: string): Promise<DerivedKey> {
  const length = enc === ENC ? 64 : enc === "A256GCM" ? 32 : 0;
  if (!length) return Promise.reject(new Error("Unsupported JWT Content Encryption Algorithm"));
  const id = `${enc}\u0000${salt}\u0000${secret}`;
  let entry = derived.get(id);
  if (!entry) {
    entry = (async () => {
      const key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
      const kid = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, `sha${length << 3}` as "sha512");
      return { key, kid };
    })();
    derived.set(id, entry);
  }
  return entry;
}

const secretsOf = (secret: string | string[]) => (Array.isArray(secret) ? secret : [secret]);

export async function encodeJwt({ token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt }: JWTEncodeParams): Promise<string> {
  const { key, kid } = await derivedKey(ENC, secretsOf(secret)[0]!, salt);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: ALG, enc: ENC, kid })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(key);
}

export async function decodeJwt({ token, secret, salt }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      for (const candidate of secretsOf(secret)) {
        const { key, kid: expected } = await derivedKey(enc, candidate, salt);
        if (kid === undefined || kid === expected) return key;
      }
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: 15, keyManagementAlgorithms: [ALG], contentEncryptionAlgorithms: [ENC, "A256GCM"] },
  );
  return payload as JWT;
}
