"use server";
// Signs out: Auth.js deletes the session row, so the old cookie stops working everywhere at once.
import { signOut } from "@/lib/auth";

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
