// Auth.js's session cookie names (@auth/core lib/utils/cookie.js defaultCookies): the one place they are
// spelled. Over https Auth.js adds the __Secure- prefix (lib/auth.ts useSecureCookies); lib/auth/session.ts
// picks the one this deployment uses, the proxy accepts either, and tests and the benchmark (plain http) set
// the first.
export const HTTP_SESSION_COOKIE = "authjs.session-token";
export const HTTPS_SESSION_COOKIE = `__Secure-${HTTP_SESSION_COOKIE}`;
export const SESSION_COOKIES = [HTTP_SESSION_COOKIE, HTTPS_SESSION_COOKIE];
