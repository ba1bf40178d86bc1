// Live preview while writing a topic: how many papers a keyword query matches (up to 1,000), and the
// newest few. Signed-in users only (topics are theirs to write), rate-limited per user; the query is
// validated like the topic's own.
import { NextResponse } from "next/server";
import { getUser } from "@/lib/auth";
import { previewQuery } from "@/lib/data/topics";
import { BUSY_MESSAGE, LOAD_LIMITS, topicPreviewKey, tryAgainIn, unlessBusy } from "@/lib/load-limits";
import { consume } from "@/lib/rate-limit";
import { EMPTY_QUERY_MESSAGE, queryHasTerms } from "@/lib/topics/query";
import { topicQuerySchema } from "@/lib/validations/topics";

const headers = { "Cache-Control": "private, no-store" };

export async function GET(request: Request) {
  const user = await getUser();
  if (!user) return NextResponse.json({ error: "Sign in to preview topics." }, { status: 401, headers });
  const parsed = topicQuerySchema.safeParse(new URL(request.url).searchParams.get("q") ?? "");
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message }, { status: 400, headers });
  const busy = () => NextResponse.json({ error: BUSY_MESSAGE }, { status: 503, headers });
  return unlessBusy(async () => {
    const limit = await consume(topicPreviewKey(user.id), LOAD_LIMITS.topicPreviewsPerUser);
    if (!limit.allowed) {
      const retryAfter = String(Math.ceil(limit.retryAfterMs / 1000));
      const error = `Previews are paused for a moment. ${tryAgainIn(limit.retryAfterMs)}`;
      return NextResponse.json({ error }, { status: 429, headers: { ...headers, "Retry-After": retryAfter } });
    }
    if (!(await queryHasTerms(parsed.data))) {
      return NextResponse.json({ count: 0, more: false, papers: [], note: EMPTY_QUERY_MESSAGE }, { headers });
    }
    // The form drops a preview once typing goes on (react-query aborts it): don't start work nobody reads.
    if (request.signal.aborted) return new NextResponse(null, { status: 499 });
    return NextResponse.json(await previewQuery(parsed.data), { headers });
  }, busy);
}
