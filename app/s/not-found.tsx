import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/* One page for every bad share link (mistyped, unknown, expired, revoked), so none hints which. */
export default function SharedLinkNotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>This link does not open anything. It may be incomplete, or it may have expired or been withdrawn.</p>
      <p>If someone shared it with you, ask them for a new one.</p>
    </div>
  );
}
