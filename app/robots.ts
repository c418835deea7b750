import type { MetadataRoute } from "next";

/*
 * Shared views and the data routes are never for search engines. The pages also say so
 * themselves (X-Robots-Tag and the robots meta tag), which holds even for crawlers that
 * ignore this file.
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: ["/s/", "/api/"] } };
}
