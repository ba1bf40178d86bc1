import { notFound } from "next/navigation";
import { TopicView, topicMetadata } from "@/app/topics/_components/topic-view";
import { getUser } from "@/lib/auth";
import { getTopic } from "@/lib/data/topics";
import { segmentOrNotFound } from "@/lib/route-params";
import { topicSlugSchema } from "@/lib/validations/ids";
import { parsePage } from "@/lib/validations/pagination";

// A reader's own (private) topic, rendered for them alone. Curated topics are served from their cached
// render (proxy.ts, app/cached/topics); another reader's topic does not exist here.
async function ownTopic(params: PageProps<"/topics/[slug]">["params"]) {
  const slug = segmentOrNotFound(topicSlugSchema, (await params).slug);
  const user = await getUser();
  return user ? getTopic(slug, user.id) : null;
}

export async function generateMetadata({ params }: PageProps<"/topics/[slug]">) {
  return topicMetadata(await ownTopic(params));
}

export default async function OwnTopicPage({ params, searchParams }: PageProps<"/topics/[slug]">) {
  const topic = await ownTopic(params);
  if (!topic) notFound();
  return <TopicView topic={topic} page={parsePage((await searchParams).page)} />;
}
