// What the browser is told about the signed-in reader (GET /api/me, and pages rendered per reader): what
// the header and the digest offers show. Never the user id: nothing on the client needs it.
import type { SessionUser } from "@/lib/auth";

export type Viewer = { name: string | null; email: string | null; digestEnabled: boolean; timeZone: string | null };

export const viewerOf = ({ name, email, digestEnabled, timeZone }: SessionUser): Viewer => ({
  name,
  email,
  digestEnabled,
  timeZone,
});
