import type { Metadata } from "next";
import { shareMetadata } from "@/lib/seo/share";

const TITLE = "Paperboy — follow research papers";

/** The home page's metadata; `path` is its canonical URL (a list other than the default names itself). */
export function homeMetadata(path = "/"): Metadata {
  const share = shareMetadata({
    title: TITLE,
    description: "What is trending in research papers today, by topic and for you, with a daily digest by email.",
    path,
  });
  return {
    ...share,
    title: { absolute: TITLE },
    alternates: {
      ...share.alternates,
      types: {
        "application/atom+xml": [{ url: "/feeds/trending.atom", title: "Trending on Paperboy (Atom)" }],
        "application/rss+xml": [{ url: "/feeds/trending.rss", title: "Trending on Paperboy (RSS)" }],
      },
    },
  };
}
