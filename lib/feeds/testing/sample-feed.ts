// A feed for the builders' tests, with the awkward text real abstracts can hold.
import type { Feed } from "@/lib/feeds/types";

export const HOSTILE = `<script>alert("x") & 'y'</script>`;
export const CONTROL = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\uFFFEi\uFFFFj\uD800k";

export const sampleFeed: Feed = {
  title: "Trending & new <papers>",
  subtitle: "What people upvote",
  selfUrl: "https://paperboy.example/feeds/trending.atom?a=1&b=2",
  htmlUrl: "https://paperboy.example/",
  updated: new Date("2025-03-04T05:06:07.890Z"),
  entries: [
    {
      id: "https://paperboy.example/papers/p1",
      title: HOSTILE,
      url: "https://paperboy.example/papers/p1",
      summary: `${HOSTILE}\n${CONTROL}`,
      published: new Date("2024-01-02T03:04:05Z"),
      updated: new Date("2024-02-03T04:05:06Z"),
      authors: ["Ada Lovelace", 'Alan "Bombe" Turing'],
      categories: [
        { term: "quantization", label: "Quantization & friends", scheme: "https://paperboy.example/topics" },
        { term: "cs.LG" },
      ],
    },
    {
      id: "tag:paperboy.example,2025:paper/p2",
      title: "Plain 😀 title",
      url: "https://paperboy.example/papers/p2",
      summary: "Short.",
      published: new Date("2024-12-31T23:59:59Z"),
      updated: new Date("2024-12-31T23:59:59Z"),
      authors: [],
      categories: [],
    },
  ],
};
