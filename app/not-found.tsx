import type { Metadata } from "next";
import { PageNotFound } from "@/components/pages/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

/*
 * Every address no route knows, and a notFound() outside the workspace's frame: with no layout
 * of its own around it, this page brings the <main> the root layout's skip link leads to.
 */
export default function NotFound() {
  return (
    <main id="main" className="site-main" tabIndex={-1}>
      <PageNotFound />
    </main>
  );
}
