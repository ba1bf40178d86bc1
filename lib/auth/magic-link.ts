// How long an emailed sign-in link works: Auth.js's token lifetime (lib/auth.ts), and what the sign-in form,
// the email and the error page tell people. Not server-only: the sign-in form says it too.
import { formatMinutes } from "@/lib/format";

export const MAGIC_LINK_MINUTES = 10;

/** The lifetime in words: "10 minutes". */
export const MAGIC_LINK_LIFETIME = formatMinutes(MAGIC_LINK_MINUTES);
