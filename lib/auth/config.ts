// next-auth (v5) with email + password and JWT session cookies. The JWT carries only the user id,
// the session row id, the session version and the sign-in time; role and state are read from the
// database on each request (lib/auth/actor.ts), so a change of role or a disabled account takes
// effect at once, and a revoked session row makes its cookie worthless.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { IDLE_TIMEOUT_SECONDS, isSessionExpired, readClaims } from "@/lib/auth/session-policy";
import { findCredentials, findSessionActor, openSession } from "@/lib/data/users";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
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
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const user = await findCredentials(parsed.data.email);
        // Verify against a dummy hash for unknown emails: both paths cost the same time.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
        if (!user || !ok || user.disabled) throw new CredentialsSignin();
        const sid = await openSession(user.id);
        return { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion, sid };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const { sv, sid } = user as { sv: number; sid: string };
        return { uid: user.id, sv, sid, signedInAt: nowSeconds(), name: user.name, email: user.email };
      }
      const claims = readClaims(token);
      if (!claims || isSessionExpired(claims, nowSeconds())) return null;
      try {
        // Signed out, disabled, or password changed: the session ends at this request.
        return (await findSessionActor(claims)) ? token : null;
      } catch (error) {
        // The database is unreachable: keep the cookie (next-auth would delete it on a throw and
        // sign everyone out during a short outage). The page's own actor check fails and says
        // "try again"; nothing is served without a verified actor.
        console.error(`[auth] session check failed: ${error instanceof Error ? error.message : String(error)}`);
        return token;
      }
    },
    session({ session, token }) {
      const claims = readClaims(token);
      return { ...session, user: { ...session.user, id: claims?.uid ?? "", sv: claims?.sv ?? 0, sid: claims?.sid ?? "" } };
    },
  },
});
