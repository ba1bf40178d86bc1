// How a page introduces itself to search engines and to the apps a link is pasted into (Open Graph, read by
// Slack, Mastodon, LinkedIn…; X reads its own `twitter:` tags and falls back to Open Graph for the rest).
// Relative URLs become absolute against the root layout's `metadataBase` (APP_URL), so the canonical URL and
// every shared link name this deployment, whatever host a request came in on.
import type { Metadata } from "next";
import { texToPlainText } from "@/lib/math/plain-text";
import { collapseWhitespace } from "@/lib/papers/text";

type Share = {
  /** Plain text: no TeX, no markup (lib/math/plain-text.ts). */
  title: string;
  description: string;
  /** The page's canonical path, query included when it is part of what the page shows. */
  path: string;
  /** "article" for a paper, "website" for lists. */
  type?: "article" | "website";
  /** Authors' names, for an article. */
  authors?: string[];
  /** Set on pages that have a generated image (app/papers/[id]/opengraph-image.tsx adds its own tags). */
  largeImage?: boolean;
};

export function shareMetadata({ title, description, path, type = "website", authors, largeImage }: Share) {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type,
      siteName: "Paperboy",
      title,
      description,
      url: path,
      ...(type === "article" && authors?.length ? { authors } : {}),
    },
    twitter: { card: largeImage ? "summary_large_image" : "summary", title, description },
  } satisfies Metadata;
}

/** Text for metadata and share images: one line, its TeX as readable plain text. */
export const shareText = (text: string) => collapseWhitespace(texToPlainText(text));
