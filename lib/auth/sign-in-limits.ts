// How often sign-in links may be asked for. Addresses are compared case-insensitively here so that
// "Ann@x.com" and "ann@x.com" share one allowance.
export const SIGN_IN_LIMITS = {
  perAddress: { limit: 5, windowMs: 15 * 60_000 },
  perIp: { limit: 20, windowMs: 15 * 60_000 },
};

export const signInAddressKey = (email: string) => `sign-in:address:${email.toLowerCase()}`;
export const signInIpKey = (ip: string) => `sign-in:ip:${ip}`;
