"use server";
// Starts GitHub OAuth (offered only when AUTH_GITHUB_ID and AUTH_GITHUB_SECRET are set).
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { env, githubAuth } from "@/lib/env";

export async function signInWithGitHubAction(formData: FormData) {
  if (!githubAuth) throw new Error("GitHub sign-in is not configured");
  const callbackUrl = z.string().max(2000).safeParse(formData.get("callbackUrl"));
  await signIn("github", { redirectTo: safeCallbackPath(callbackUrl.data, env.APP_URL) });
}
