// GET /robots.txt: everything public may be crawled except the private paths (lib/seo/private-paths.ts);
// the sitemap lists what is worth crawling. Rendered per request: APP_URL is known only at run time.
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { PRIVATE_PATHS } from "@/lib/seo/private-paths";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: PRIVATE_PATHS },
    sitemap: `${env.APP_URL}/sitemap.xml`,
  };
}
