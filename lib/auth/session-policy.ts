// How long a session lives, in one place for Auth.js's config (lib/auth.ts), its adapter
// (lib/auth/adapter.ts) and the lean reader (lib/auth/session.ts), which must agree exactly.

/** A session slides: it ends this many days after its last use… */
export const SESSION_DAYS = 30;
/** …but `expires` is pushed forward at most once per this many days (a write per request would be waste)… */
export const SESSION_UPDATE_AGE_DAYS = 1;
/** …and never beyond this many days after sign-in, however active (`sessions.created_at`). */
export const SESSION_LIFETIME_DAYS = 90;
