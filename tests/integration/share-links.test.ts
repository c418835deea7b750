import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashShareToken, newShareToken } from "@/db/domain/share-token";
import { NotFoundError, RuleError } from "@/db/mutations/errors";
import { auditEntries, projects, shareLinks, user } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createShareLink, recordShareViews, revokeShareLink, setShareLinkEmbedding } from "@/db/mutations/share-links";
import { listShareLinks, resolveShareToken } from "@/db/queries/share-links";
import { flushShareViews, forgetShareLinks, getSharedDashboard, openShareLink } from "@/db/share/resolve";
import { SHARE_LOOKUPS_PER_IP } from "@/db/auth/rate-limit";
import { backends, rowsOf, type TestDatabase } from "../support/test-db";

const HOUR = 3_600_000;
const T0 = new Date("2026-11-26T12:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

describe.each(backends)("share links on $name", (backend) => {
  let t: TestDatabase;
  let projectId: string;
  let otherProjectId: string;
  const editor = { id: `user-${randomUUID()}`, email: "editor@bridgewatch.test" };

  beforeAll(async () => {
    t = await backend.open();
    await seedDatabase(t.db);
    const [seeded] = await t.db.select().from(projects).where(eq(projects.slug, "tumen-road-bridge"));
    projectId = seeded!.id;
    const [other] = await t.db
      .insert(projects)
      .values({ slug: "other-project", name: "Other project", summary: "", location: "Elsewhere" })
      .returning();
    otherProjectId = other!.id;
    await t.db.insert(user).values({ id: editor.id, name: "Editor", email: editor.email, role: "editor" });
  });
  afterAll(async () => {
    await flushShareViews();
    await t?.close();
  });

  const create = (args: { label?: string; expiresInMs?: number | null; project?: string; embedOrigins?: string } = {}) =>
    createShareLink(t.db, {
      projectId: args.project ?? projectId,
      label: args.label ?? "For the Reuters desk",
      expiresInMs: args.expiresInMs === undefined ? null : args.expiresInMs,
      embedOrigins: args.embedOrigins,
      actor: editor,
      now: T0,
    });

  describe("resolveShareToken answers only for a valid link", () => {
    it.each([
      ["empty", ""],
      ["malformed", "not-a-token"],
      ["malformed (44 characters)", `${newShareToken().token}A`],
      ["hostile", "' or 1=1 --".padEnd(43, "x")],
      ["unknown", newShareToken().token],
    ])("%s token: null", async (_kind, token) => {
      expect(await resolveShareToken(t.db, { token, now: T0 })).toBeNull();
    });

    it("expired token: null from the moment it expires", async () => {
      const { token } = await create({ expiresInMs: HOUR });
      expect(await resolveShareToken(t.db, { token, now: later(HOUR - 1) })).not.toBeNull();
      expect(await resolveShareToken(t.db, { token, now: later(HOUR) })).toBeNull();
    });

    it("revoked token: null", async () => {
      const { link, token } = await create();
      await revokeShareLink(t.db, { id: link.id, projectId, actor: editor, now: later(1) });
      expect(await resolveShareToken(t.db, { token, now: later(2) })).toBeNull();
    });

    it("valid token: the link and its project", async () => {
      const { link, token } = await create({ expiresInMs: 7 * 24 * HOUR });
      expect(await resolveShareToken(t.db, { token, now: later(HOUR) })).toEqual({
        linkId: link.id,
        projectId,
        slug: "tumen-road-bridge",
        expiresAt: later(7 * 24 * HOUR),
        embedOrigins: [],
      });
    });
  });

  it("stores only the hash: the raw token is in no text or JSON column of any table", async () => {
    const { link, token } = await create({ label: "Scan me" });
    expect(link.tokenHash).toBe(hashShareToken(token));
    const columns = await rowsOf<{ table_schema: string; table_name: string; column_name: string }>(
      t.db,
      sql`select table_schema, table_name, column_name from information_schema.columns
          where table_schema not in ('pg_catalog', 'information_schema')
            and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const where = async (needle: string) => {
      const found: string[] = [];
      for (const c of columns) {
        const [row] = await rowsOf<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from ${sql.identifier(c.table_schema)}.${sql.identifier(c.table_name)}
              where ${sql.identifier(c.column_name)}::text like ${`%${needle}%`}`,
        );
        if (row?.n) found.push(`${c.table_name}.${c.column_name}`);
      }
      return found;
    };
    expect(await where(token)).toEqual([]);
    // The scan itself works: it finds the hash, in the one place it belongs.
    expect(await where(link.tokenHash)).toEqual(["share_links.token_hash"]);
  });

  it("audits creation and revocation with label and expiry only, never the token or its hash", async () => {
    const { link, token } = await create({ label: "Audited", expiresInMs: 30 * 24 * HOUR });
    await revokeShareLink(t.db, { id: link.id, projectId, actor: editor, now: later(5) });
    const entries = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, link.id));
    expect(entries.map((e) => [e.action, e.entity, e.actorId, e.actorLabel, e.projectId])).toEqual([
      ["create", "share_link", editor.id, editor.email, projectId],
      ["revoke", "share_link", editor.id, editor.email, projectId],
    ]);
    expect(entries[0]!.after).toEqual({ label: "Audited", expiresAt: later(30 * 24 * HOUR).toISOString(), revokedAt: null, embedOrigins: [] });
    expect(entries[1]!.after).toMatchObject({ revokedAt: later(5).toISOString() });
    const text = JSON.stringify(entries);
    expect(text).not.toContain(token);
    expect(text).not.toContain(link.tokenHash);
  });

  it("revokes only within the project named: another project's page cannot reach the link", async () => {
    const { link, token } = await create({ label: "Scoped" });
    await expect(revokeShareLink(t.db, { id: link.id, projectId: otherProjectId, actor: editor })).rejects.toThrow(NotFoundError);
    await expect(revokeShareLink(t.db, { id: "not-a-uuid", projectId, actor: editor })).rejects.toThrow(NotFoundError);
    expect(await resolveShareToken(t.db, { token, now: later(1) })).not.toBeNull();
    await revokeShareLink(t.db, { id: link.id, projectId, actor: editor, now: later(1) });
    const again = await revokeShareLink(t.db, { id: link.id, projectId, actor: editor, now: later(9) });
    expect(again.revokedAt).toEqual(later(1));
    const revokes = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, link.id), eq(auditEntries.action, "revoke")));
    expect(revokes).toHaveLength(1);
  });

  describe("embedding", () => {
    const auditsOf = (id: string) =>
      t.db.select().from(auditEntries).where(and(eq(auditEntries.entityId, id), eq(auditEntries.action, "update")));

    it("a new link may name the sites that embed it, normalized; the token check carries them", async () => {
      const { link, token } = await create({ label: "Embedded", embedOrigins: "HTTPS://News.Example:443\nhttps://b.example https://news.example" });
      expect(link.embedOrigins).toEqual(["https://news.example", "https://b.example"]);
      expect((await resolveShareToken(t.db, { token, now: later(1) }))?.embedOrigins).toEqual(["https://news.example", "https://b.example"]);
      const [audit] = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, link.id));
      expect(audit!.after).toMatchObject({ embedOrigins: ["https://news.example", "https://b.example"] });
    });

    it("a bad origin refuses the whole link, naming the origin for its field; nothing is written", async () => {
      const before = await t.db.select().from(shareLinks);
      const refused = create({ label: "Bad embed", embedOrigins: "https://ok.example http://bad.example" });
      await expect(refused).rejects.toThrow(RuleError);
      await expect(refused).rejects.toMatchObject({ fieldErrors: { embedOrigins: [expect.stringContaining('"http://bad.example" uses http')] } });
      expect(await t.db.select().from(shareLinks)).toHaveLength(before.length);
    });

    it("an editor changes the list of an existing link, audited with before and after; the same list again writes nothing", async () => {
      const { link, token } = await create({ label: "Later embedded" });
      const changed = await setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: "https://a.example", actor: editor });
      expect(changed.embedOrigins).toEqual(["https://a.example"]);
      await setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: ["https://a.example/"], actor: editor });
      const cleared = await setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: "", actor: editor });
      expect(cleared.embedOrigins).toEqual([]);
      expect((await resolveShareToken(t.db, { token, now: later(1) }))?.embedOrigins).toEqual([]);
      const audits = await auditsOf(link.id);
      expect(audits.map((a) => [a.actorId, (a.before as { embedOrigins: string[] }).embedOrigins, (a.after as { embedOrigins: string[] }).embedOrigins])).toEqual([
        [editor.id, [], ["https://a.example"]],
        [editor.id, ["https://a.example"], []],
      ]);
    });

    it("a bad list leaves the link as it was", async () => {
      const { link } = await create({ label: "Kept", embedOrigins: "https://kept.example" });
      await expect(setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: "https://*.example", actor: editor })).rejects.toThrow(/wildcard/);
      const tooMany = Array.from({ length: 11 }, (_, i) => `https://s${i}.example`).join(" ");
      await expect(setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: tooMany, actor: editor })).rejects.toThrow(/at most 10/);
      const [row] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
      expect(row!.embedOrigins).toEqual(["https://kept.example"]);
      expect(await auditsOf(link.id)).toHaveLength(0);
    });

    it("only within the project named, and never on a revoked link", async () => {
      const { link } = await create({ label: "Scoped embed" });
      await expect(setShareLinkEmbedding(t.db, { id: link.id, projectId: otherProjectId, embedOrigins: "https://a.example", actor: editor })).rejects.toThrow(NotFoundError);
      await expect(setShareLinkEmbedding(t.db, { id: "not-a-uuid", projectId, embedOrigins: "https://a.example", actor: editor })).rejects.toThrow(NotFoundError);
      await revokeShareLink(t.db, { id: link.id, projectId, actor: editor, now: later(1) });
      await expect(setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: "https://a.example", actor: editor })).rejects.toThrow(/revoked/);
      const [row] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
      expect(row!.embedOrigins).toEqual([]);
    });

    it("the request-time check follows a change within a second", async () => {
      const { link, token } = await create({ label: "Followed", embedOrigins: "https://a.example" });
      const ip = "203.0.113.77";
      const open = async (now: Date) => {
        const access = await openShareLink(token, { ip, use: "preview", db: t.db, now });
        return access.ok ? access.link.embedOrigins : null;
      };
      expect(await open(later(0))).toEqual(["https://a.example"]);
      await setShareLinkEmbedding(t.db, { id: link.id, projectId, embedOrigins: "https://b.example", actor: editor });
      expect(await open(later(1000))).toEqual(["https://b.example"]);
    });
  });

  it("lists a project's links with their state, and none of another project's", async () => {
    await create({ label: "Elsewhere", project: otherProjectId });
    const list = await listShareLinks(t.db, { projectId, now: later(2 * HOUR) });
    expect(list.map((l) => l.label)).not.toContain("Elsewhere");
    expect(new Set(list.map((l) => l.state))).toEqual(new Set(["active", "expired", "revoked"]));
    expect(list.every((l) => l.createdByLabel === editor.email)).toBe(true);
    expect(Object.keys(list[0]!)).not.toContain("tokenHash");
  });

  it("adds flushed views to the count and keeps the latest last-used time", async () => {
    const { link } = await create({ label: "Counted" });
    await recordShareViews(t.db, { tallies: new Map([[link.id, { views: 3, lastUsedAt: later(2000) }]]) });
    await recordShareViews(t.db, { tallies: new Map([[link.id, { views: 2, lastUsedAt: later(1000) }]]) });
    const [row] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
    expect(row).toMatchObject({ viewCount: 5, lastUsedAt: later(2000) });
  });

  describe("the request-time path", () => {
    const ip = `203.0.113.${backend.name === "pglite" ? 1 : 2}`;

    it("counts page views in memory and writes them in one flush; polls only mark the link used", async () => {
      const { link, token } = await create({ label: "Viewed" });
      for (const use of ["view", "view", "view", "poll", "preview"] as const) {
        expect(await openShareLink(token, { ip, use, db: t.db, now: later(10) })).toMatchObject({ ok: true });
      }
      const [before] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
      expect(before).toMatchObject({ viewCount: 0, lastUsedAt: null });
      await flushShareViews();
      const [after] = await t.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
      expect(after).toMatchObject({ viewCount: 3, lastUsedAt: later(10) });
    });

    it("stops serving a revoked link within one second, cache included", async () => {
      const { link, token } = await create({ label: "Revoked while open" });
      expect((await openShareLink(token, { ip, use: "preview", db: t.db, now: later(0) })).ok).toBe(true);
      await revokeShareLink(t.db, { id: link.id, projectId, actor: editor, now: later(1) });
      expect((await openShareLink(token, { ip, use: "preview", db: t.db, now: later(1000) })).ok).toBe(false);
    });

    it("never caches a link past its expiry", async () => {
      const { token } = await create({ label: "Short", expiresInMs: HOUR });
      expect((await openShareLink(token, { ip, use: "preview", db: t.db, now: later(HOUR - 200) })).ok).toBe(true);
      expect((await openShareLink(token, { ip, use: "preview", db: t.db, now: later(HOUR) })).ok).toBe(false);
    });

    it("limits failed lookups per address, while good links and other addresses go on", async () => {
      forgetShareLinks();
      const { token } = await create({ label: "Still works" });
      const guesser = `198.51.100.${backend.name === "pglite" ? 1 : 2}`;
      const now = new Date();
      for (let i = 0; i < SHARE_LOOKUPS_PER_IP.max; i++) {
        expect(await openShareLink(newShareToken().token, { ip: guesser, use: "view", db: t.db, now })).toEqual({
          ok: false,
          limited: false,
          retryAfterSeconds: 0,
        });
      }
      const refused = await openShareLink(newShareToken().token, { ip: guesser, use: "view", db: t.db, now });
      expect(refused).toMatchObject({ ok: false, limited: true });
      expect((await openShareLink(token, { ip: guesser, use: "preview", db: t.db, now })).ok).toBe(false);
      expect((await openShareLink(token, { ip: `${guesser}0`, use: "preview", db: t.db, now })).ok).toBe(true);
      // Good lookups give their count back: a busy reader address is never limited by valid links.
      for (let i = 0; i < 5; i++) {
        forgetShareLinks();
        expect((await openShareLink(token, { ip, use: "preview", db: t.db, now })).ok).toBe(true);
      }
    });

    it("serves the public dashboard: no recorder, no recent changes", async () => {
      const data = await getSharedDashboard("tumen-road-bridge", { db: t.db, now: later(0) });
      expect(data?.project.name).toMatch(/bridge/i);
      expect(data?.reports.length).toBeGreaterThan(0);
      expect(data?.reports.every((r) => r.recordedBy === null)).toBe(true);
      expect(data?.recentChanges).toEqual([]);
      expect(await getSharedDashboard("no-such-project", { db: t.db, now: later(0) })).toBeNull();
    });
  });
});
