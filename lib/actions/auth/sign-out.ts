"use server";
// Signs out: Auth.js deletes the session row, so the old cookie stops working everywhere at once. No
// redirect here: the account menu reloads the page itself, so nothing of this reader stays in the browser
// (the reader's state on cached pages lives in the browser's react-query cache, ADR 005).
import { signOut } from "@/lib/auth";

export async function signOutAction() {
  await signOut({ redirect: false });
}
