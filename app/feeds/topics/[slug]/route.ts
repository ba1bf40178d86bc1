// /feeds/topics/<slug>.atom and /feeds/topics/<slug>.rss: a curated topic's trending list. One dynamic
// segment carries both, since a segment can't be split at the dot. Private topics 404 like unknown ones.
import { z } from "zod";
import { topicFeed } from "@/lib/feeds/public-feeds";
import { feedNotFound, feedResponse } from "@/lib/feeds/response";

export const dynamic = "force-dynamic";

const nameSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,80}\.(atom|rss)$/)
  .transform((name) => {
    const dot = name.lastIndexOf(".");
    return { slug: name.slice(0, dot), format: name.slice(dot + 1) as "atom" | "rss" };
  });

export async function GET(_request: Request, { params }: RouteContext<"/feeds/topics/[slug]">) {
  const parsed = nameSchema.safeParse((await params).slug);
  if (!parsed.success) return feedNotFound();
  const feed = await topicFeed(parsed.data.slug, parsed.data.format);
  return feed ? feedResponse(feed, parsed.data.format, "public") : feedNotFound();
}
