/* The Atom feed as text: well-formed whatever the records say, entries in the order given. */
import { describe, expect, it } from "vitest";
import { atomFeed, escapeXml } from "@/db/feeds/atom";
import { changeContent, changeFeed } from "@/db/feeds/change-feed";
import type { ChangeData } from "@/db/dashboard-data";

const project = { id: "p1", slug: "example", name: "Example <crossing> & co", summary: "", location: "", parties: [], updatedAt: "2026-01-01T00:00:00.000Z", version: 1 };

const change = (id: number, over: Partial<ChangeData> = {}): ChangeData => ({
  id,
  at: `2026-01-0${id}T10:00:00.000Z`,
  actor: "editor@example.test",
  action: "create",
  entity: "progress_report",
  entityId: `r${id}`,
  before: null,
  after: { measuredDone: 90, measuredTotal: 300, measuredUnit: "m", scope: "main span", summary: "Seen <from> the bank & \u0001river", sourceId: "s1", recordedByLabel: "editor@example.test" },
  ...over,
});

describe("an Atom feed", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008ok\uFFFE`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok");
    expect(escapeXml("tab\tand\nline")).toBe("tab\tand\nline");
  });

  it("holds the feed's id, title, links and entries in the order given", () => {
    const xml = atomFeed({
      id: "urn:x", title: "A & B", self: "http://h/s/t/feed.xml?a=1&b=2", alternate: "http://h/s/t", updated: "2026-01-02T00:00:00.000Z",
      entries: [
        { id: "urn:e2", title: "two", updated: "2026-01-02T00:00:00.000Z", link: "http://h/s/t", content: "c2", author: null },
        { id: "urn:e1", title: "one", updated: "2026-01-01T00:00:00.000Z", link: "http://h/s/t", content: "c1", author: "ed@example.test" },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<title type="text">A &amp; B</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="http://h/s/t/feed.xml?a=1&amp;b=2"/>');
    expect(xml.indexOf("urn:e2")).toBeLessThan(xml.indexOf("urn:e1"));
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain("<author><name>ed@example.test</name></author>");
  });
});

describe("a feed of changes", () => {
  const dashboard = { project, sources: [{ id: "s1", outlet: "Example Wire" }], milestones: [] } as never;

  it("words each change: its title, its fields before → after, its id and time", () => {
    const xml = changeFeed({ dashboard, changes: [change(2), change(1)], self: "http://h/projects/example/feed.xml", view: "http://h/projects/example", audience: "workspace" });
    expect(xml).toContain("<id>urn:bridgewatch:change:2</id>");
    expect(xml).toContain("<updated>2026-01-02T10:00:00.000Z</updated>");
    expect(xml).toContain("Progress report added: “90 m of 300 m, main span”");
    expect(xml).toContain("Source: Example Wire");
    expect(xml).toContain("Seen &lt;from&gt; the bank &amp; river");
    expect(xml).toContain("<title type=\"text\">Example &lt;crossing&gt; &amp; co: changes</title>");
    expect(xml).toContain("<author><name>editor@example.test</name></author>");
    expect(xml.indexOf("change:2")).toBeLessThan(xml.indexOf("change:1"));
  });

  it("names no one in a share link's feed", () => {
    const xml = changeFeed({ dashboard, changes: [change(1)], self: "http://h/s/t/feed.xml", view: "http://h/s/t", audience: "public" });
    expect(xml).not.toContain("editor@example.test");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://h/s/t"/>');
  });

  it("writes a correction as before → after, an add as what it set", () => {
    expect(changeContent([{ label: "Percent complete", before: "10%", after: "20%" }, { label: "Summary", before: null, after: "x" }, { label: "Note", before: "y", after: null }])).toBe(
      "Percent complete: 10% → 20%\nSummary: x\nNote: y (removed)",
    );
  });
});
