"use server";

import { AuthError } from "next-auth";
import { signIn, SignInThrottled } from "@/lib/auth/config";
import { localPath } from "@/lib/auth/return-path";

export interface SignInState {
  error?: "invalid" | "throttled" | "unavailable";
  /** With "throttled": whole seconds before the next attempt will be checked. */
  retryAfter?: number;
  email?: string;
}

// Public by nature: this is the sign-in endpoint. next-auth validates the credentials, and the
// throttle answers at once (no waiting on an open connection) when an attempt comes too soon.
// The one action shape (previous, input) of lib/actions/action.ts, but not through act(): there is no
// actor to resolve yet, and the form's answer is its own (which refusal, the seconds to wait, the
// email to keep), not an ActionResult.
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  try {
    await signIn("credentials", {
      email,
      password: String(formData.get("password") ?? "").slice(0, 256),
      redirectTo: localPath(formData.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    // signIn() redirects by throwing; let that through.
    if (error instanceof SignInThrottled) return { error: "throttled", retryAfter: error.retryAfterSeconds, email };
    if (error instanceof AuthError) {
      return { error: error.type === "CredentialsSignin" ? "invalid" : "unavailable", email };
    }
    throw error;
  }
}
