"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";

export interface SignInState {
  error?: "invalid" | "unavailable";
  email?: string;
}

/** Where to go after signing in: only a path on this site, never another origin. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

// Public by nature: this is the sign-in endpoint. next-auth validates the credentials.
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  try {
    await signIn("credentials", {
      email,
      password: String(formData.get("password") ?? "").slice(0, 256),
      redirectTo: safeCallback(formData.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    // signIn() redirects by throwing; let that through.
    if (error instanceof AuthError) {
      return { error: error.type === "CredentialsSignin" ? "invalid" : "unavailable", email };
    }
    throw error;
  }
}
