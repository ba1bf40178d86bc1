import { TopicList } from "@/app/topics/_components/topic-list";

export { metadata } from "@/app/cached/topic-list/[list]/page";

// Served from its cached render (proxy.ts → app/cached/topic-list); this route answers only if the proxy
// did not run, rendering per request rather than at build time, when there is no database.
export const dynamic = "force-dynamic";

export default function TopicsPage() {
  return <TopicList />;
}
