// Signed-in requests without a sign-in: a session row exactly as Auth.js writes it (the same as
// e2e/fixtures.ts), whose token goes in the session cookie (no __Secure- prefix over http).
import { randomBytes } from "node:crypto";
import { HTTP_SESSION_COOKIE } from "@/lib/auth/session-cookies";
import { withPgClient } from "@/lib/database/pg";

export const cookieFor = (token: string) => `${HTTP_SESSION_COOKIE}=${token}`;

/** A session for each existing user; returns the tokens in the same order. */
export async function createSessions(url: string, userIds: string[]) {
  const tokens = userIds.map(() => randomBytes(32).toString("hex"));
  await withPgClient(url, (client) =>
    client.query(
      `INSERT INTO sessions (id, session_token, user_id, expires)
       SELECT 'bench-' || left(token, 24), token, user_id, now() + interval '1 day'
       FROM unnest($1::text[], $2::text[]) AS s(token, user_id)`,
      [tokens, userIds],
    ),
  );
  return tokens;
}

/** New users with no votes or follows (upvote benchmarks need people who have not voted yet). */
export async function createUsers(url: string, prefix: string, count: number) {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(4, "0")}`);
  await withPgClient(url, (client) =>
    client.query(
      `INSERT INTO users (id, name, email, email_verified, created_at, updated_at)
       SELECT id, id, id || '@example.com', now(), now(), now() FROM unnest($1::text[]) AS u(id)`,
      [ids],
    ),
  );
  return ids;
}

/** A session for every corpus reader (corpus.ts's `bench-user-*`), as cookies: signed-in load spread over all of them. */
export async function corpusReaderCookies(url: string) {
  const users = await withPgClient(url, async (client) =>
    (await client.query<{ id: string }>("SELECT id FROM users WHERE id LIKE 'bench-user-%' ORDER BY id")).rows.map(
      (row) => row.id,
    ),
  );
  return (await createSessions(url, users)).map(cookieFor);
}
