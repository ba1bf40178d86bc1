// How often sign-in links may be asked for. Addresses are compared case-insensitively here so that
// "Ann@x.com" and "ann@x.com" share one allowance. The site-wide hourly ceiling bounds what many IPs
// together (a botnet, or clients we cannot tell apart) can make us send.
import { env } from "@/lib/env";

export const SIGN_IN_LIMITS = {
  perAddress: { limit: 5, windowMs: 15 * 60_000 },
  perIp: { limit: env.SIGN_IN_IP_LIMIT, windowMs: 15 * 60_000 },
  siteWide: { limit: env.SIGN_IN_HOURLY_LIMIT, windowMs: 60 * 60_000 },
};

export const signInAddressKey = (email: string) => `sign-in:address:${email.toLowerCase()}`;
export const signInIpKey = (ip: string) => `sign-in:ip:${ip}`;
export const SIGN_IN_SITE_KEY = "sign-in:site";
