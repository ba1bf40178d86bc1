// The trending list as an RSS 2.0 feed, for readers that prefer RSS. Public.
import { trendingFeed } from "@/lib/feeds/public-feeds";
import { feedResponse } from "@/lib/feeds/response";

export const dynamic = "force-dynamic";

export async function GET() {
  return feedResponse(await trendingFeed("rss"), "rss", "public");
}
