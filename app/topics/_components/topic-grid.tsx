"use client";

import { skipToken, useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { type CardTopic, TopicCard } from "@/app/topics/_components/topic-card";
import { personalKeys } from "@/components/personal-state";

/**
 * The curated topics, A–Z as rendered for everyone, then the reader's followed ones first once their
 * state is known. That order is kept for the rest of the view, so a card doesn't jump when it's followed.
 */
export function TopicGrid({ topics }: { topics: CardTopic[] }) {
  const following = useQueries({
    queries: topics.map((topic) => ({ queryKey: personalKeys.follow(topic.id), queryFn: skipToken })),
  }).map((query) => query.data as boolean | undefined);
  const [order, setOrder] = useState<CardTopic[] | null>(null);
  if (!order && following.every((value) => value !== undefined)) {
    setOrder([...topics.filter((_, i) => following[i]), ...topics.filter((_, i) => !following[i])]);
  }
  return (
    <ul aria-label="Topics" className="grid gap-3 sm:grid-cols-2">
      {(order ?? topics).map((topic) => (
        <li key={topic.id}>
          <TopicCard topic={topic} />
        </li>
      ))}
    </ul>
  );
}
