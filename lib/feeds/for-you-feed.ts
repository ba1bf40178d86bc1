// The private "For you" feed behind /feeds/for-you/<token>: the person's For you list, with the topics
// that put each paper there as categories. The token is the only credential, since feed readers send no
// cookies; a wrong, malformed or revoked token gets null, and the route says 404 to all three alike.
import "server-only";
import { listForYou } from "@/lib/data/for-you";
import { privateFeedOwner } from "@/lib/data/private-feed";
import { env } from "@/lib/env";
import { FEED_SIZE, paperEntries } from "@/lib/feeds/paper-entries";
import { feedTokenSchema, forYouFeedUrl } from "@/lib/feeds/token";
import type { Feed } from "@/lib/feeds/types";

export async function forYouFeed(token: string): Promise<Feed | null> {
  if (!feedTokenSchema.safeParse(token).success) return null;
  const userId = await privateFeedOwner(token);
  if (!userId) return null;
  const { papers } = await listForYou(userId, 1, FEED_SIZE);
  const why = new Map(
    papers.map((paper) => [
      paper.id,
      paper.reasons.map((chip) => ({ term: chip.slug, label: chip.name, scheme: `${env.APP_URL}/topics` })),
    ]),
  );
  return {
    title: "For you · Paperboy",
    subtitle: "Trending papers from the topics you follow. This feed's address is private: keep it to yourself.",
    selfUrl: forYouFeedUrl(env.APP_URL, token),
    htmlUrl: `${env.APP_URL}/for-you`,
    updated: new Date(),
    entries: await paperEntries(papers, why),
  };
}
