import { describe, expect, it } from "vitest";
import { embedOriginsSchema, MAX_EMBED_ORIGINS, normalizeOrigin } from "@/db/domain/embed-origins";
import { isCanonicalOrigin, parseFrameAncestors } from "@/db/edge/frame-ancestors.mjs";

describe("an origin that may embed a share link", () => {
  it.each([
    ["https://news.example", "https://news.example"],
    ["  HTTPS://News.Example/ ", "https://news.example"],
    ["https://news.example:443", "https://news.example"],
    ["https://news.example:8443", "https://news.example:8443"],
    ["https://bücher.example", "https://xn--bcher-kva.example"],
    ["https://203.0.113.5", "https://203.0.113.5"],
    ["https://[2001:db8::1]:9000", "https://[2001:db8::1]:9000"],
    ["http://localhost:3000", "http://localhost:3000"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
    ["http://localhost:80", "http://localhost"],
  ])("%s is kept as %s", (typed, origin) => {
    expect(normalizeOrigin(typed)).toEqual({ ok: true, origin });
  });

  it.each([
    ["news.example", /start it with https/],
    ["ftp://news.example", /start it with https/],
    ["javascript:alert(1)", /start it with https/],
    ["http://news.example", /only https/],
    ["http://10.0.0.1", /only https/],
    ["https://*.news.example", /wildcard/],
    ["https://news.*.example", /wildcard/],
    ["https://news.example/embed", /has a path/],
    ["https://news.example//", /has a path/],
    ["https://news.example?x=1", /query/],
    ["https://news.example/#top", /query/],
    ["https://user:pw@news.example", /user name/],
    ["https://news.example:99999", /not a valid address/],
    ["https://news_site.example", /host name/],
    ["https://news.example.", /host name/],
    ["https://news.example;script-src", /host name|not a valid/],
    ["https://'self'", /host name|not a valid/],
  ])("%s is refused", (typed, why) => {
    const checked = normalizeOrigin(typed);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(why);
  });
});

describe("the allowlist as a form sends it", () => {
  it("takes lines, spaces or commas; drops duplicates after normalizing; keeps the order", () => {
    const parsed = embedOriginsSchema.safeParse("https://b.example\nHTTPS://A.example:443, https://b.example/  http://localhost:3000");
    expect(parsed).toMatchObject({ success: true, data: ["https://b.example", "https://a.example", "http://localhost:3000"] });
  });

  it("is empty when nothing is listed: the link cannot be embedded", () => {
    expect(embedOriginsSchema.parse("  \n ")).toEqual([]);
    expect(embedOriginsSchema.parse([])).toEqual([]);
  });

  it("names every bad origin, and keeps none of the list", () => {
    const parsed = embedOriginsSchema.safeParse("https://ok.example\nhttp://bad.example\nhttps://x.example/path");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^"http:\/\/bad.example" uses http/), expect.stringMatching(/^"https:\/\/x.example\/path" has a path/)]);
  });

  it(`holds at most ${MAX_EMBED_ORIGINS} sites`, () => {
    const many = Array.from({ length: MAX_EMBED_ORIGINS + 1 }, (_, i) => `https://s${i}.example`);
    expect(embedOriginsSchema.safeParse(many.slice(0, -1).join("\n")).success).toBe(true);
    expect(embedOriginsSchema.safeParse(many.join("\n")).error?.issues[0]?.message).toBe(`List at most ${MAX_EMBED_ORIGINS} sites.`);
  });
});

describe("the front door's check of the private header", () => {
  it("accepts only canonical origins, and refuses the whole value for one bad part", () => {
    expect(parseFrameAncestors("https://a.example http://127.0.0.1:4000")).toEqual(["https://a.example", "http://127.0.0.1:4000"]);
    for (const bad of ["", "'none'", "*", "https://a.example 'unsafe-inline'", "https://A.example", "https://a.example; script-src *", "http://a.example", "https://a.example/x"]) {
      expect(parseFrameAncestors(bad)).toBeNull();
    }
    expect(parseFrameAncestors(undefined)).toBeNull();
    expect(isCanonicalOrigin("https://a.example:443x")).toBe(false);
  });
});
