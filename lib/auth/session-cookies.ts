/** Auth.js's session cookie, by its name over http and over https (lib/auth/session.ts reads and sets it). */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
