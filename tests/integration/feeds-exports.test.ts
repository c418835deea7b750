/*
 * The feeds and exports of a project, signed in and through a share link: the Atom feed of
 * changes, a CSV per table and the shared project file, each answered by its route handler with
 * the session and the database mocked. A share link's versions name no editor and hold only
 * what the shared dashboard shows; a revoked link answers all of them with the same 404.
 * On PGlite and PostgreSQL.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as workspaceCsv } from "@/app/(workspace)/projects/[slug]/export/[table]/route";
import { GET as workspaceFeed } from "@/app/(workspace)/projects/[slug]/feed.xml/route";
import { GET as sharedFile } from "@/app/s/[token]/export.json/route";
import { GET as sharedCsv } from "@/app/s/[token]/export/[table]/route";
import { GET as sharedFeed } from "@/app/s/[token]/feed.xml/route";
import { CSV_TABLES, csvHeaders } from "@/db/exports/csv-tables";
import { PUBLIC_FILE_ALLOWLIST } from "@/db/exports/public-project-file";
import type { Actor } from "@/db/mutations/audit";
import { createShareLink, revokeShareLink } from "@/db/mutations/share-links";
import { auditEntries } from "@/db/schema";
import { createUser } from "@/db/mutations/users";
import { exportProject, serializeProjectFile } from "@/db/project-file/export";
import type { ProjectFile } from "@/db/project-file/format";
import { importProject } from "@/db/project-file/import";
import { addDays } from "@/db/domain/calendar-day";
import { getDashboard, PAGED_FROM } from "@/db/queries/dashboard";
import { flushShareViews, forgetShareLinks } from "@/db/share/resolve";
import { backends, type TestDatabase } from "../support/test-db";
import { parseCsvRecords } from "../support/csv";

const request = vi.hoisted(() => ({ user: null as null | { id: string; email: string }, db: null as unknown }));
vi.mock("@/db/session", () => ({ getCurrentUser: async () => request.user }));
vi.mock("@/db/client", () => ({ getDb: async () => request.db }));

const EDITOR_EMAIL = "editor.secret@example.test";
const ORIGIN = "http://bridgewatch.test";
const fixture = () => JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/project-files/synthetic.json"), "utf8")) as ProjectFile;

const parseCsv = parseCsvRecords;

/** Every object key of a JSON value, by position ("" the top level, "[]" any element). */
function keysByPosition(value: unknown, at = "", out: Record<string, Set<string>> = {}): Record<string, Set<string>> {
  if (Array.isArray(value)) value.forEach((item) => keysByPosition(item, `${at}[]`, out));
  else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      (out[at] ??= new Set()).add(key);
      keysByPosition(inner, at === "" ? key : `${at}.${key}`, out);
    }
  }
  return out;
}

describe.each(backends)("feeds and exports on $name", (backend) => {
  let t: TestDatabase;
  let editor: Actor & { id: string; email: string };
  let token: string;
  let linkId: string;
  // One slug per backend: the shared dashboard is remembered for a second by slug.
  const slug = `example-feeds-${backend.name}`;

  const tokenParams = <E extends object = object>(extra?: E) => ({ params: Promise.resolve({ token, ...(extra as E) }) });
  const slugParams = <E extends object = object>(extra?: E) => ({ params: Promise.resolve({ slug, ...(extra as E) }) });
  const get = (p: string) => new Request(`${ORIGIN}${p}`, { headers: { "x-forwarded-for": `203.0.113.${backend.name === "pglite" ? 1 : 2}` } });

  beforeAll(async () => {
    t = await backend.open();
    request.db = t.db;
    const user = await createUser(t.db, { email: EDITOR_EMAIL, role: "editor", password: "a long enough password", actor: "system" });
    editor = { id: user.id, email: user.email };
    const file = fixture();
    file.project.slug = slug;
    file.events[0]!.title = `Agreement <signed> & "sealed"`;
    file.reports[1]!.summary = "=HYPERLINK(\"http://evil.example\",\"click\")";
    file.sources[3]!.title = "+1 on the imagery, -2 on the cost";
    await importProject(t.db, { file, actor: editor });
    const project = await t.db.query.projects.findFirst({ where: (p, { eq }) => eq(p.slug, slug) });
    const created = await createShareLink(t.db, { projectId: project!.id, label: "For the desk", expiresInMs: null, actor: editor });
    token = created.token;
    linkId = created.link.id;
  });
  afterAll(async () => {
    await flushShareViews();
    await t?.close();
  });

  describe("the Atom feed", () => {
    it("of a share link: the project's changes newest first, worded, escaped, linking to the shared view, naming no editor", async () => {
      const response = await sharedFeed(get(`/s/${token}/feed.xml`), tokenParams());
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "application/atom+xml; charset=utf-8",
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex, nofollow",
        "referrer-policy": "no-referrer",
      });
      const xml = await response.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
      // 1 project, 5 sources, 4 milestones, 3 forecasts, 3 reports, 2 events, 4 facts, 2 corrections; the share link's own entry is not news.
      const ids = [...xml.matchAll(/<id>urn:bridgewatch:change:(\d+)<\/id>/g)].map((m) => Number(m[1]));
      expect(ids).toHaveLength(24);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
      expect(xml).toContain("Progress report added: “90 m of 300 m, main span”");
      expect(xml).toContain("Event added: “Agreement &lt;signed&gt; &amp; &quot;sealed&quot;”");
      expect(xml).toContain(`<link rel="alternate" type="text/html" href="${ORIGIN}/s/${token}"/>`);
      expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${ORIGIN}/s/${token}/feed.xml"/>`);
      expect(xml).not.toContain(EDITOR_EMAIL);
      expect(xml).not.toContain("For the desk");
      expect(xml).not.toMatch(/<entry>[\s\S]*<author>/);
    });

    it("of the workspace: signed-in users only, entries naming who made them, linking to the dashboard", async () => {
      request.user = null;
      expect((await workspaceFeed(get(`/projects/${slug}/feed.xml`), slugParams())).status).toBe(401);
      request.user = editor;
      const response = await workspaceFeed(get(`/projects/${slug}/feed.xml`), slugParams());
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      expect(xml).toContain(`<author><name>${EDITOR_EMAIL}</name></author>`);
      expect(xml).toContain(`href="${ORIGIN}/projects/${slug}"`);
      expect((await workspaceFeed(get("/projects/nope/feed.xml"), { params: Promise.resolve({ slug: "nope" }) })).status).toBe(404);
    });
  });

  describe("the CSV of each table", () => {
    it.each(CSV_TABLES)("%s: a header row and a row per record, the same signed in and shared", async (table) => {
      request.user = editor;
      const signedIn = await workspaceCsv(get(`/projects/${slug}/export/${table}.csv`), slugParams({ table: `${table}.csv` }));
      const shared = await sharedCsv(get(`/s/${token}/export/${table}.csv`), tokenParams({ table: `${table}.csv` }));
      for (const response of [signedIn, shared]) {
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-${table}.csv"`);
        expect(response.headers.get("cache-control")).toBe("private, no-store");
      }
      expect(shared.headers.get("x-robots-tag")).toBe("noindex, nofollow");
      expect(shared.headers.get("referrer-policy")).toBe("no-referrer");
      const text = await signedIn.text();
      expect(await shared.text()).toBe(text);
      expect(text.split("\r\n")[0]).toBe(csvHeaders(table).join(","));
      const counts = { sources: 5, milestones: 4, forecasts: 3, reports: 3, events: 2, facts: 4 };
      expect(parseCsv(text)).toHaveLength(counts[table]);
      expect(text).not.toContain(EDITOR_EMAIL);
    });

    it("reports: vague dates as wording with their window, the measurement and its arithmetic, the source and its carrier, a formula defused", async () => {
      const response = await sharedCsv(get(`/s/${token}/export/reports.csv`), tokenParams({ table: "reports.csv" }));
      const rows = parseCsv(await response.text());
      const part = rows.find((r) => r.scope === "main span")!;
      expect(part).toMatchObject({ measured_done: "90", measured_total: "300", measured_unit: "m", figure_percent: "30", summary: `'=HYPERLINK("http://evil.example","click")` });
      expect(part.arithmetic).toMatch(/90 m of 300 m/);
      const started = rows.find((r) => r.observed === "2025-04-30")!;
      expect(started).toMatchObject({ observed_earliest: "2025-04-30", observed_latest: "2025-04-30", source: "Example Wire", source_via: "Example Gazette" });
    });

    it("sources and milestones: a quarter's window, a text starting with + defused, a milestone's sources joined", async () => {
      request.user = editor;
      const sources = parseCsv(await (await workspaceCsv(get(`/projects/${slug}/export/sources.csv`), slugParams({ table: "sources.csv" }))).text());
      expect(sources.find((s) => s.published === "Q4 2025")).toMatchObject({ published_earliest: "2025-10-01", published_latest: "2025-12-31", title: "'+1 on the imagery, -2 on the cost", kind: "Analysis (research, think tank)", kind_code: "analysis" });
      const milestones = parseCsv(await (await workspaceCsv(get(`/projects/${slug}/export/milestones.csv`), slugParams({ table: "milestones.csv" }))).text());
      expect(milestones.some((m) => m.sources!.includes("; "))).toBe(true);
    });

    it("opens in a spreadsheet as UTF-8: the file starts with a byte order mark", async () => {
      request.user = editor;
      const bytes = new Uint8Array(await (await workspaceCsv(get(`/projects/${slug}/export/reports.csv`), slugParams({ table: "reports.csv" }))).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    });

    it("gives an as-of view's table: what had been published by that day, named by it; a bad day is refused", async () => {
      request.user = editor;
      for (const response of [
        await workspaceCsv(get(`/projects/${slug}/export/reports.csv?asOf=1900-01-01`), slugParams({ table: "reports.csv" })),
        await sharedCsv(get(`/s/${token}/export/reports.csv?asOf=1900-01-01`), tokenParams({ table: "reports.csv" })),
      ]) {
        expect(response.status).toBe(200);
        expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-reports-as-of-1900-01-01.csv"`);
        expect(parseCsv(await response.text())).toEqual([]);
      }
      const bad = await workspaceCsv(get(`/projects/${slug}/export/reports.csv?asOf=someday`), slugParams({ table: "reports.csv" }));
      expect(bad.status).toBe(400);
      expect(await bad.text()).toMatch(/is not a calendar day/);
    });

    it("answers 404 for a table there is not, or a name without .csv; 401 without a session", async () => {
      request.user = editor;
      for (const table of ["users.csv", "reports", "reports.json", "..%2Fusers.csv"]) {
        expect((await workspaceCsv(get(`/projects/${slug}/export/${table}`), slugParams({ table }))).status).toBe(404);
        expect((await sharedCsv(get(`/s/${token}/export/${table}`), tokenParams({ table }))).status).toBe(404);
      }
      request.user = null;
      expect((await workspaceCsv(get(`/projects/${slug}/export/reports.csv`), slugParams({ table: "reports.csv" }))).status).toBe(401);
    });
  });

  describe("the shared project file", () => {
    it("is the project file, byte for byte, holding only the format's keys and no editor", async () => {
      const response = await sharedFile(get(`/s/${token}/export.json`), tokenParams());
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "application/json",
        "content-disposition": `attachment; filename="${slug}.bridgewatch.json"`,
        "x-robots-tag": "noindex, nofollow",
      });
      const text = await response.text();
      expect(text).toBe(serializeProjectFile((await exportProject(t.db, { slug }))!));
      expect(text).not.toContain(EDITOR_EMAIL);
      for (const [at, keys] of Object.entries(keysByPosition(JSON.parse(text)))) {
        expect(PUBLIC_FILE_ALLOWLIST[at], `keys at "${at}"`).toBeDefined();
        for (const key of keys) expect(PUBLIC_FILE_ALLOWLIST[at], `"${key}" at "${at}"`).toContain(key);
      }
    });
  });

  describe("a busy project's feed", () => {
    it("holds its last 50 changes, newest first", async () => {
      const project = await t.db.query.projects.findFirst({ where: (p, { eq }) => eq(p.slug, slug) });
      const base = Date.parse("2030-01-01T00:00:00.000Z");
      await t.db.insert(auditEntries).values(
        Array.from({ length: 60 }, (_, i) => ({
          at: new Date(base + i * 60_000),
          actorId: editor.id,
          actorLabel: EDITOR_EMAIL,
          action: "update",
          entity: "event",
          entityId: "e-busy",
          projectId: project!.id,
          before: { title: `Talks, round ${i}` },
          after: { title: `Talks, round ${i + 1}` },
        })),
      );
      request.user = editor;
      const xml = await (await workspaceFeed(get(`/projects/${slug}/feed.xml`), slugParams())).text();
      const titles = [...xml.matchAll(/<title type="text">Event corrected: “Talks, round (\d+)”<\/title>/g)].map((m) => Number(m[1]));
      expect(titles).toEqual(Array.from({ length: 50 }, (_, i) => 60 - i));
      expect(xml).toContain("Title: Talks, round 59 → Talks, round 60");
      expect(xml).toContain("<updated>2030-01-01T00:59:00.000Z</updated>");
    });
  });

  describe("a large project's exports", () => {
    // Past PAGED_FROM records, the dashboard sends its long lists a page at a time; its files must not.
    const many = PAGED_FROM + 1;
    const largeSlug = `example-large-${backend.name}`;
    let largeToken: string;
    beforeAll(async () => {
      const file = fixture();
      file.project.slug = largeSlug;
      const [report, event] = [file.reports[0]!, file.events[0]!];
      file.reports = Array.from({ length: many }, (_, i) => ({ ...report, key: `r${i + 1}`, observed: addDays("2025-01-01", i), percent: Math.min(100, i / 10), summary: `Synthetic report ${i + 1}` }));
      file.events = Array.from({ length: many }, (_, i) => ({ ...event, key: `e${i + 1}`, date: addDays("2024-01-01", i), title: `Synthetic event ${i + 1}` }));
      await importProject(t.db, { file, actor: editor });
      const project = await t.db.query.projects.findFirst({ where: (p, { eq }) => eq(p.slug, largeSlug) });
      largeToken = (await createShareLink(t.db, { projectId: project!.id, label: "Large", expiresInMs: null, actor: editor })).token;
    }, 120_000);

    it("hold every report and event, while the dashboard sends them a page at a time", async () => {
      const dashboard = await getDashboard(t.db, { slug: largeSlug, today: "2026-12-01", audience: "workspace" });
      expect(dashboard!.paged?.totals).toEqual({ reports: many, events: many });
      expect(dashboard!.reports.length).toBeLessThan(many);

      const file = await exportProject(t.db, { slug: largeSlug });
      expect([file!.reports.length, file!.events.length]).toEqual([many, many]);
      const shared = JSON.parse(await (await sharedFile(get(`/s/${largeToken}/export.json`), { params: Promise.resolve({ token: largeToken }) })).text()) as ProjectFile;
      expect([shared.reports.length, shared.events.length]).toEqual([many, many]);

      request.user = editor;
      for (const table of ["reports", "events"] as const) {
        const workspace = await workspaceCsv(get(`/projects/${largeSlug}/export/${table}.csv`), { params: Promise.resolve({ slug: largeSlug, table: `${table}.csv` }) });
        const reader = await sharedCsv(get(`/s/${largeToken}/export/${table}.csv`), { params: Promise.resolve({ token: largeToken, table: `${table}.csv` }) });
        for (const response of [workspace, reader]) {
          expect(response.status).toBe(200);
          // One row per record, under the header row.
          expect(parseCsv(await response.text())).toHaveLength(many);
        }
      }
    });
  });

  describe("a revoked link", () => {
    it("ends the feed and every export with the same 404 as an unknown token", async () => {
      await revokeShareLink(t.db, { id: linkId, actor: editor });
      forgetShareLinks();
      const unknown = "A".repeat(43);
      for (const tk of [token, unknown]) {
        const params = { params: Promise.resolve({ token: tk }) };
        const responses = [
          await sharedFeed(get(`/s/${tk}/feed.xml`), params),
          await sharedFile(get(`/s/${tk}/export.json`), params),
          await sharedCsv(get(`/s/${tk}/export/reports.csv`), { params: Promise.resolve({ token: tk, table: "reports.csv" }) }),
        ];
        for (const response of responses) {
          expect(response.status).toBe(404);
          expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
          expect(await response.text()).toBe("Not found.\n");
        }
      }
    });
  });
});
