// The public feeds: trending overall and trending within one curated topic, the same lists (and the same
// ranking) as the home page shows a signed-out visitor. Private topics have no public feed.
import "server-only";
import { listFeed } from "@/lib/data/feed";
import { getTopic } from "@/lib/data/topics";
import { env } from "@/lib/env";
import { FEED_SIZE, paperEntries } from "@/lib/feeds/paper-entries";
import type { Feed, FeedFormat } from "@/lib/feeds/types";

async function topTrending(topicId?: string) {
  const { papers } = await listFeed({
    view: "trending",
    period: "week",
    topicId,
    page: 1,
    userId: null,
    pageSize: FEED_SIZE,
  });
  return papers;
}

export async function trendingFeed(format: FeedFormat): Promise<Feed> {
  return {
    title: "Trending on Paperboy",
    subtitle: "Research papers ranked by upvotes and freshness.",
    selfUrl: `${env.APP_URL}/feeds/trending.${format}`,
    htmlUrl: `${env.APP_URL}/`,
    updated: new Date(),
    entries: await paperEntries(await topTrending()),
  };
}

/** A curated topic's trending feed, or null when no curated topic has this slug. */
export async function topicFeed(slug: string, format: FeedFormat): Promise<Feed | null> {
  // Asked as nobody: getTopic then sees curated topics only, never anyone's private one.
  const topic = await getTopic(slug, null);
  if (!topic || topic.own) return null;
  const path = encodeURIComponent(topic.slug);
  return {
    title: `${topic.name} · Trending on Paperboy`,
    subtitle: topic.description || `Trending papers matching “${topic.query}”.`,
    selfUrl: `${env.APP_URL}/feeds/topics/${path}.${format}`,
    htmlUrl: `${env.APP_URL}/?topic=${path}`,
    updated: new Date(),
    entries: await paperEntries(await topTrending(topic.id)),
  };
}
