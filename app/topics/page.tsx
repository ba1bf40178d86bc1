import { TopicList, topicListMetadata } from "@/app/topics/_components/topic-list";

export const metadata = topicListMetadata;

// Served from its cached render (proxy.ts → app/cached/topic-list); this route answers only if the proxy
// did not run, rendering per request rather than at build time, when there is no database.
export const dynamic = "force-dynamic";

export default function TopicsPage() {
  return <TopicList />;
}
