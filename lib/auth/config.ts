// next-auth (v5) with email + password and JWT session cookies. The JWT carries only the user id,
// the session row id, the session version and the sign-in time; role and state are read from the
// database on each request (lib/auth/actor.ts), so a change of role or a disabled account takes
// effect at once, and a revoked session row makes its cookie worthless. Sign-in attempts are throttled
// and audited (lib/auth/sign-in.ts); cookie names and attributes are in lib/auth/cookies.ts.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/auth/client-address";
import { cookieConfig } from "@/lib/auth/cookies";
import { decodeJwt, encodeJwt } from "@/lib/auth/jwt";
import { IDLE_TIMEOUT_SECONDS, isSessionExpired, readClaims } from "@/lib/auth/session-policy";
import { signInWithPassword } from "@/lib/auth/sign-in";

/** Too many failed attempts: refused without checking the password; says how long to wait. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
  jwt: { encode: encodeJwt, decode: decodeJwt },
  ...cookieConfig(),
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Both ways in come through here: the sign-in page's server action and a direct POST to
      // /api/auth/callback/credentials. The request carries the client's address headers.
      async authorize(credentials, request) {
        const result = await signInWithPassword(credentials, clientAddress(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new SignInThrottled(result.retryAfterSeconds);
        throw new CredentialsSignin();
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const { sv, sid } = user as { sv: number; sid: string };
        return { uid: user.id, sv, sid, signedInAt: nowSeconds(), name: user.name, email: user.email };
      }
      // Lifetimes only. Whether the session still stands (not signed out, user not disabled, password
      // unchanged) is decided once per request by getActor (lib/auth/actor.ts), which every page,
      // action and route handler calls: checking it here as well would query the database for each
      // auth() call (the proxy's, then the page's), for the same answer. A revoked session's cookie
      // is therefore worthless rather than deleted: it never yields an actor.
      const claims = readClaims(token);
      return !claims || isSessionExpired(claims, nowSeconds()) ? null : token;
    },
    session({ session, token }) {
      const claims = readClaims(token);
      return { ...session, user: { ...session.user, id: claims?.uid ?? "", sv: claims?.sv ?? 0, sid: claims?.sid ?? "" } };
    },
  },
});
