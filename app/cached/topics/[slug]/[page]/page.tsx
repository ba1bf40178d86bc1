import { notFound } from "next/navigation";
import { TopicView, topicMetadata } from "@/app/topics/_components/topic-view";
import { isCachedTopicPage } from "@/lib/cache/public-routes";
import { getTopic } from "@/lib/data/topics";
import { segmentOrNotFound } from "@/lib/route-params";
import { topicSlugSchema } from "@/lib/validations/ids";
import { parsePage } from "@/lib/validations/pagination";

// A curated topic's page as everyone sees it, refreshed every 15 s; proxy.ts rewrites
// `/topics/<curated slug>?page=N` here.
export const revalidate = 15;

/** Nothing at build time (there is no database then): each page renders on its first visit. */
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/cached/topics/[slug]/[page]">;

async function curatedTopic(params: Props["params"]) {
  const { slug, page } = await params;
  if (!isCachedTopicPage(page)) notFound();
  const topic = await getTopic(segmentOrNotFound(topicSlugSchema, slug), null);
  return topic && !topic.own ? topic : null;
}

export async function generateMetadata({ params }: Props) {
  return topicMetadata(await curatedTopic(params));
}

export default async function CachedTopicPage({ params }: Props) {
  const topic = await curatedTopic(params);
  if (!topic) notFound();
  return <TopicView topic={topic} page={parsePage((await params).page)} />;
}
