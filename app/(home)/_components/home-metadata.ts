import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { absolute: "Paperboy — follow research papers" },
  alternates: {
    types: {
      "application/atom+xml": [{ url: "/feeds/trending.atom", title: "Trending on Paperboy (Atom)" }],
      "application/rss+xml": [{ url: "/feeds/trending.rss", title: "Trending on Paperboy (RSS)" }],
    },
  },
};
