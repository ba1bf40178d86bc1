// The digest benchmark's readers: every corpus user (bench-user-…) gets the digest, daily at 00:00 UTC so
// they are all due whenever the run happens, with the default size. One UPDATE, no rows through Prisma.
import { pgQuery } from "@/lib/database/pg";

export const DIGEST_READER = { timeZone: "UTC", hour: 0, size: 10 };

/** Turns the digest on for the corpus users; returns how many readers there are. */
export async function enableDigestReaders(url: string) {
  const [row] = await pgQuery<{ readers: number }>(
    url,
    `WITH readers AS (
       UPDATE users SET digest_enabled = true, digest_frequency = 'daily', time_zone = $1, digest_hour = $2,
         digest_size = $3, digest_suppressed_at = NULL, email = coalesce(email, id || '@example.com')
       WHERE id LIKE 'bench-user-%'
       RETURNING 1)
     SELECT count(*)::int AS readers FROM readers`,
    [DIGEST_READER.timeZone, DIGEST_READER.hour, DIGEST_READER.size],
  );
  return row!.readers;
}
