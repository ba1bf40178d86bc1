// The trending list as an Atom feed, for feed readers. Public; see lib/feeds/response.ts for caching.
import { trendingFeed } from "@/lib/feeds/public-feeds";
import { feedResponse } from "@/lib/feeds/response";

export const dynamic = "force-dynamic";

export async function GET() {
  return feedResponse(await trendingFeed("atom"), "atom", "public");
}
