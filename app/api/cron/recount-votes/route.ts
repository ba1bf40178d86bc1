// Vote recount, daily at 03:15 UTC (vercel.json; the self-host scheduler calls the same URL). Counts are
// kept exact as votes land; this repairs any drift from outside the app and reports what it fixed.
import { withCron } from "@/lib/cron/with-cron";
import { backgroundDb } from "@/lib/db";
import { recountUpvotes } from "@/lib/votes/recount";

export const dynamic = "force-dynamic";

export const GET = withCron(() => recountUpvotes(backgroundDb));
