import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { feedHref } from "@/app/(home)/_components/feed-controls";
import { HomeFeed } from "@/app/(home)/_components/home-feed";
import { homeMetadata } from "@/app/(home)/_components/home-metadata";
import { NO_TOPIC, isCachedHomePath } from "@/lib/cache/public-routes";
import { listTopicChoices } from "@/lib/data/topics";
import { feedParamsSchema } from "@/lib/validations/feed";

// The home page as everyone sees it, one render per list and page, refreshed every 15 s and never served
// older than next.config's expireTime (30 s). proxy.ts rewrites `/?view=…&period=…&topic=…&page=…` here.
export const revalidate = 15;

/** Nothing at build time (there is no database then): each list renders on its first visit. */
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/cached/home/[view]/[period]/[topic]/[page]">;

async function feedParams(params: Props["params"]) {
  const segments = await params;
  if (!isCachedHomePath(segments)) notFound();
  const { view, period, topic, page } = segments;
  return feedParamsSchema.parse({ view, period, topic: topic === NO_TOPIC ? undefined : topic, page });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata(feedHref(await feedParams(params)));
}

export default async function CachedHomePage({ params }: Props) {
  return <HomeFeed params={await feedParams(params)} topics={await listTopicChoices(null)} userId={null} />;
}
