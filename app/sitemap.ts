// GET /sitemap.xml: the home page, the topic list, every curated topic and the most recent papers
// (lib/data/sitemap.ts), with absolute URLs from APP_URL. Rendered on request (there is no database at
// build time) from a copy kept an hour in the data cache: crawlers come rarely, and 5,000 rows is not free.
import type { MetadataRoute } from "next";
import { unstable_cache } from "next/cache";
import { sitemapContent } from "@/lib/data/sitemap";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

// The data cache stores JSON: dates come back as strings, which is all a sitemap needs.
const cachedContent = unstable_cache(() => sitemapContent(), ["sitemap"], { revalidate: 3600 });

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { topics, papers } = await cachedContent();
  const url = (path: string) => `${env.APP_URL}${path}`;
  return [
    { url: url("/"), changeFrequency: "hourly", priority: 1 },
    { url: url("/topics"), changeFrequency: "weekly", priority: 0.6 },
    ...topics.map((topic) => ({
      url: url(`/topics/${topic.slug}`),
      lastModified: topic.updatedAt,
      changeFrequency: "daily" as const,
      priority: 0.8,
    })),
    ...papers.map((paper) => ({ url: url(`/papers/${paper.id}`), lastModified: paper.updatedAt, priority: 0.5 })),
  ];
}
