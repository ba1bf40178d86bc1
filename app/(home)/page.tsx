import { HomeFeed } from "@/app/(home)/_components/home-feed";
import { homeMetadata } from "@/app/(home)/_components/home-metadata";
import { getUser } from "@/lib/auth";
import { listTopicChoices } from "@/lib/data/topics";
import { feedParamsSchema } from "@/lib/validations/feed";

export const metadata = homeMetadata();

/**
 * The home page filtered by a topic that is not curated: a reader's own topic (or an unknown slug, which
 * shows everything). Everything else on `/` is served from its cached render (proxy.ts, app/cached/home).
 */
export default async function OwnTopicHomePage({ searchParams }: PageProps<"/">) {
  const params = feedParamsSchema.parse(await searchParams);
  const user = await getUser();
  const topics = await listTopicChoices(user?.id ?? null);
  return <HomeFeed params={params} topics={topics} userId={user?.id ?? null} />;
}
