/** The link-preview image of a shared view (opengraph-image.tsx, twitter-image.tsx), as its meta tags describe it. */
export const PREVIEW_IMAGE = {
  width: 1200,
  height: 630,
  type: "image/png",
  alt: "The project's status and its planned progress against reported figures",
} as const;

/**
 * The preview images as metadata, for a page outside the [token] segment's own files: a render
 * at v/[key] is a child route, which the image files of its parent do not describe.
 */
export function previewImages(token: string) {
  const base = `/s/${encodeURIComponent(token)}`;
  return {
    openGraph: { images: [{ url: `${base}/opengraph-image`, ...PREVIEW_IMAGE }] },
    twitter: { images: [{ url: `${base}/twitter-image`, ...PREVIEW_IMAGE }] },
  };
}
