import { notFound } from "next/navigation";
import { TopicList, topicListMetadata } from "@/app/topics/_components/topic-list";

export const metadata = topicListMetadata;

// The topic list as everyone sees it, refreshed every 15 s; proxy.ts rewrites `/topics` here.
export const revalidate = 15;

/** One list, `all`; a segment only so that nothing renders at build time, when there is no database. */
export function generateStaticParams() {
  return [];
}

export default async function CachedTopicsPage({ params }: PageProps<"/cached/topic-list/[list]">) {
  if ((await params).list !== "all") notFound();
  return <TopicList />;
}
