// The site-wide inputs of every digest: the public address and the unsubscribe key.
import type { Site } from "@/lib/digest/compose";
import { unsubscribeKey } from "@/lib/digest/unsubscribe-token";
import { env } from "@/lib/env";

let key: Buffer | undefined;

export function digestSite(): Site {
  const secret = env.UNSUBSCRIBE_SECRET ?? env.AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET (or UNSUBSCRIBE_SECRET) is needed to sign unsubscribe links.");
  key ??= unsubscribeKey(secret);
  return { appUrl: env.APP_URL, unsubscribeKey: key };
}
