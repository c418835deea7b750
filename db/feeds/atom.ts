/*
 * An Atom feed (RFC 4287) as text: entries in, XML out. Pure, so it is tested apart from the
 * routes. Text is escaped for XML, and characters XML 1.0 cannot hold at all (most control
 * characters) are dropped, so no record's wording can break a feed reader's parse.
 */

export interface AtomEntry {
  id: string;
  title: string;
  /** An ISO instant. */
  updated: string;
  link: string;
  /** Plain text; its lines are kept. */
  content: string;
  /** Who made the change; null where no one may be named. */
  author: string | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL, and the page it follows. */
  self: string;
  alternate: string;
  /** An ISO instant: the newest entry's, or when the project last changed. */
  updated: string;
  entries: readonly AtomEntry[];
}

// Tab, line feed and carriage return are the only control characters XML 1.0 allows.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;
const link = (href: string, rel?: string, type?: string) =>
  `<link${rel ? ` rel="${rel}"` : ""}${type ? ` type="${type}"` : ""} href="${escapeXml(href)}"/>`;

function entryXml(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    ${element("id", entry.id)}`,
    `    ${element("title", entry.title, ' type="text"')}`,
    `    ${element("updated", entry.updated)}`,
    `    ${link(entry.link, "alternate", "text/html")}`,
    ...(entry.author ? [`    <author>${element("name", entry.author)}</author>`] : []),
    `    ${element("content", entry.content, ' type="text"')}`,
    "  </entry>",
  ].join("\n");
}

export function atomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, ' type="text"')}`,
    ...(feed.subtitle ? [`  ${element("subtitle", feed.subtitle, ' type="text"')}`] : []),
    `  ${element("updated", feed.updated)}`,
    `  ${link(feed.self, "self", "application/atom+xml")}`,
    `  ${link(feed.alternate, "alternate", "text/html")}`,
    // Atom asks for an author on every entry; entries that may name no one fall back to this.
    `  <author>${element("name", "Bridgewatch")}</author>`,
    `  ${element("generator", "Bridgewatch")}`,
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
