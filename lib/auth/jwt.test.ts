import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeJwt, encodeJwt } from "@/lib/auth/jwt";

const secret = "a-test-secret-of-the-portal-32-bytes-long!";
const salt = "authjs.session-token";
const claims = { uid: "user-1", sv: 2, sid: "session-3", signedInAt: 1_800_000_000 };

describe("the session cookie's JWT", () => {
  it("is read by next-auth, and reads next-auth's, in both directions", async () => {
    const ours = await encodeJwt({ token: claims, secret, salt, maxAge: 3600 });
    expect(await decode({ token: ours, secret, salt })).toMatchObject(claims);
    const theirs = await encode({ token: claims, secret, salt, maxAge: 3600 });
    expect(await decodeJwt({ token: theirs, secret, salt })).toMatchObject(claims);
    // The same key id: a cookie issued before this change still finds its key.
    const kid = (jwt: string) => JSON.parse(Buffer.from(jwt.split(".")[0]!, "base64url").toString()).kid;
    expect(kid(ours)).toBe(kid(theirs));
  });

  it("refuses a cookie made with another secret or for another cookie name, and one past its expiry", async () => {
    const token = await encodeJwt({ token: claims, secret, salt, maxAge: 3600 });
    await expect(decodeJwt({ token, secret: "another-secret-another-secret-another-secret", salt })).rejects.toThrow();
    await expect(decodeJwt({ token, secret, salt: "__Host-authjs.session-token" })).rejects.toThrow();
    const expired = await encodeJwt({ token: claims, secret, salt, maxAge: -60 });
    await expect(decodeJwt({ token: expired, secret, salt })).rejects.toThrow();
  });

  it("finds its key among rotated secrets, the new one first", async () => {
    const old = await encode({ token: claims, secret: "the-old-secret-of-the-portal-32-bytes-long", salt });
    expect(await decodeJwt({ token: old, secret: [secret, "the-old-secret-of-the-portal-32-bytes-long"], salt })).toMatchObject(claims);
  });
});
