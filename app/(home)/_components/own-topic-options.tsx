"use client";

import { useOwnTopics } from "@/components/personal-state";

/** The reader's own topics in the topic filter; the cached page lists only the curated ones. */
export function OwnTopicOptions({ listed }: { listed: string[] }) {
  const own = useOwnTopics()?.filter((topic) => !listed.includes(topic.slug));
  if (!own?.length) return null;
  return (
    <optgroup label="Your topics">
      {own.map((topic) => (
        <option key={topic.slug} value={topic.slug}>
          {topic.name}
        </option>
      ))}
    </optgroup>
  );
}
