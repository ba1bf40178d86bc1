// A person's private "For you" feed (Atom). The token in the URL is the credential (feed readers send no
// cookies); it is made and revoked in Settings. Unknown, malformed and revoked tokens all get the same 404.
import { forYouFeed } from "@/lib/feeds/for-you-feed";
import { feedNotFound, feedResponse } from "@/lib/feeds/response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/feeds/for-you/[token]">) {
  const feed = await forYouFeed((await params).token);
  return feed ? feedResponse(feed, "atom", "private") : feedNotFound();
}
