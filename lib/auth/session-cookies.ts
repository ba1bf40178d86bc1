import { cookies } from "next/headers";

/** Auth.js's session cookie, by its name over http and over https. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Drops the session cookie, once its session row is gone, so this browser stops sending a dead token. */
export async function clearSessionCookies() {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
}
