export { default, size, contentType, alt } from "./opengraph-image";

// Segment config cannot be re-exported: Next reads it from this file's own source.
export const dynamic = "force-dynamic";
