/*
 * Where to send a user after signing in. `next` comes from the address bar, so it is resolved
 * the way a browser resolves it (the WHATWG URL parser drops tabs and newlines, and reads a
 * backslash as a slash) against a stand-in for this site's origin, and kept only when it stays
 * there. What is kept is the parser's own serialisation: no control characters reach a header.
 */
const HERE = "http://bridgewatch.invalid";

export function safeNext(next: string | null | undefined): string {
  if (!next) return "/";
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  // "/.//evil.test" resolves to the path "//evil.test", which a browser reads as another host.
  if (url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
