import type { MetadataRoute } from "next";

/*
 * Shared views must stay fetchable: a link-preview bot that obeys robots.txt (X/Twitter's does)
 * shows no card for a page it may not fetch, and a search crawler can only see a page's
 * "noindex" (the X-Robots-Tag header and the robots meta tag every shared view sends) if it may
 * fetch it. So /s/ is open here and kept out of search by the pages themselves. The JSON API and
 * the signed-in workspace are for no crawler.
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: ["/s/"], disallow: ["/api/", "/projects/", "/admin/", "/account"] } };
}
