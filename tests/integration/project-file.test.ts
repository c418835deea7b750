/*
 * Project files (format bridgewatch/1): import through the forms' schemas and writes, export in
 * the canonical form, and the round trip between them; refusals that name every problem and
 * write nothing. On PGlite and PostgreSQL; the CLI commands once, on PGlite.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as downloadProjectFile } from "@/app/(workspace)/projects/[slug]/export.json/route";
import type { Db } from "@/db/connection";
import { ACCEPTED_FORMS } from "@/db/domain/fuzzy-date";
import type { Actor } from "@/db/mutations/audit";
import { RuleError } from "@/db/mutations/errors";
import { RECORD_WRITES } from "@/db/mutations/records";
import { createUser } from "@/db/mutations/users";
import { exportProject, serializeProjectFile } from "@/db/project-file/export";
import type { ProjectFile } from "@/db/project-file/format";
import { importProject, ProjectFileError } from "@/db/project-file/import";
import { BULK } from "@/db/project-file/import-bulk";
import { getDashboard } from "@/db/queries/dashboard";
import {
  auditEntries,
  completionForecasts,
  eventProjects,
  events,
  milestoneSources,
  milestones,
  progressReports,
  projectFacts,
  projects,
  sources,
} from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { SEED_PROJECT } from "@/db/seed-data";
import { backends, migratedDataDir, type TestDatabase } from "../support/test-db";

// The route reads the session and the database of the request; here, the test's.
const request = vi.hoisted(() => ({ user: null as null | { id: string; email: string }, db: null as unknown }));
vi.mock("@/db/session", () => ({ getCurrentUser: async () => request.user }));
vi.mock("@/db/client", () => ({ getDb: async () => request.db }));

const FIXTURES = path.resolve("tests/fixtures/project-files");
const fixtureText = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const fixture = (name = "synthetic.json") => JSON.parse(fixtureText(name)) as ProjectFile;
const SLUG = "example-river-crossing";
const DATES = `Accepted forms: ${ACCEPTED_FORMS.join(", ")}.`;

const TABLES = { projects, sources, milestones, milestoneSources, completionForecasts, progressReports, events, eventProjects, projectFacts, auditEntries };

async function rowCounts(db: Db) {
  const entries = [];
  for (const [name, table] of Object.entries(TABLES)) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    entries.push([name, row?.n] as const);
  }
  return Object.fromEntries(entries);
}

/** The problems an import is refused with; fails when it is not refused. */
async function refusal(db: Db, file: unknown, actor: Actor = "system"): Promise<string[]> {
  try {
    await importProject(db, { file, actor });
  } catch (error) {
    if (error instanceof ProjectFileError) return error.issues;
    throw error;
  }
  throw new Error("The import was not refused.");
}

describe.each(backends)("project files on $name", (backend) => {
  let t: TestDatabase;
  let editor: Actor;
  beforeAll(async () => {
    t = await backend.open();
    await seedDatabase(t.db);
    const user = await createUser(t.db, { email: "importer@example.test", role: "editor", password: "a long enough password", actor: "system" });
    editor = { id: user.id, email: user.email };
  });
  afterAll(() => t?.close());

  it("imports the synthetic file, every record of it", async () => {
    const result = await importProject(t.db, { file: fixture(), actor: editor });
    expect(result).toEqual({ slug: SLUG, counts: { sources: 5, milestones: 4, forecasts: 3, reports: 3, events: 2, facts: 4 } });
  });

  it("exports it as the very same document, in the canonical form it is written in", async () => {
    const exported = await exportProject(t.db, { slug: SLUG });
    expect(exported).toEqual(fixture());
    expect(serializeProjectFile(exported!)).toBe(fixtureText("synthetic.json"));
  });

  it("writes through the forms' writes: one audit entry per record, in the importer's name", async () => {
    const [project] = await t.db.select().from(projects).where(eq(projects.slug, SLUG));
    const entries = await t.db.select().from(auditEntries).where(eq(auditEntries.projectId, project!.id));
    const tally = (action: string) =>
      entries.filter((e) => e.action === action).reduce<Record<string, number>>((n, e) => ({ ...n, [e.entity]: (n[e.entity] ?? 0) + 1 }), {});
    expect(tally("create")).toEqual({ project: 1, source: 5, milestone: 4, completion_forecast: 3, progress_report: 3, event: 2, project_fact: 4 });
    // The two milestones resting on two sources: each further source joined by a correction citing it.
    expect(tally("update")).toEqual({ milestone: 2 });
    expect(new Set(entries.map((e) => e.actorLabel))).toEqual(new Set(["importer@example.test"]));
    expect(project!.version).toBe(1);
  });

  it("reads back as the dashboard shows it: carried source, derived window, measured part, facts in conflict", async () => {
    const d = (await getDashboard(t.db, { slug: SLUG, today: "2026-02-01", audience: "workspace" }))!;
    const outlet = (id: string | null) => d.sources.find((s) => s.id === id)?.outlet;
    const carried = d.sources.find((s) => s.title === "Works begin on the river crossing")!;
    expect(outlet(carried.viaSourceId)).toBe("Example Gazette");
    const derived = d.forecasts.find((f) => f.duration === "P18M")!;
    expect(d.milestones.find((m) => m.id === derived.derivedFrom)?.kind).toBe("construction_start");
    expect(derived.window?.earliest.slice(0, 7)).toBe("2026-10");
    const part = d.reports.find((r) => r.scope === "main span")!;
    expect(part).toMatchObject({ percent: null, figure: 30, measured: { done: 90, total: 300, unit: "m" }, recordedBy: "importer@example.test" });
    const length = d.factGroups.find((g) => g.attribute === "length");
    expect(length?.facts).toHaveLength(2);
    expect(d.facts.find((f) => f.attribute === "cost")?.value).toEqual({ low: 1.1, high: 1.3 });
  });

  it("export, import under a new slug, export: the same document but for the slug", async () => {
    const first = (await exportProject(t.db, { slug: SEED_PROJECT.slug }))!;
    expect(first.sources.length).toBeGreaterThan(0);
    const copy = { ...first, project: { ...first.project, slug: "tumen-road-bridge-copy" } };
    await importProject(t.db, { file: JSON.parse(JSON.stringify(copy)), actor: "system" });
    expect(await exportProject(t.db, { slug: "tumen-road-bridge-copy" })).toEqual(copy);
  });

  it("refuses a file with problems: every one, named by record and field, and writes nothing", async () => {
    const file = fixture() as unknown as Record<string, Record<string, unknown>[]> & { project: Record<string, unknown> };
    file.project.slug = "example-bad-file";
    file.sources![1]!.colour = "red";
    file.sources![0]!.via = "s9";
    file.milestones![1]!.sources = ["s2", "s7"];
    file.forecasts![0]!.derived = { from: "m2", duration: "P18M" };
    file.forecasts![1]!.derived = { from: "m9", duration: "a while" };
    file.reports![0]!.observed = "soon";
    file.reports![1]!.measured = { done: 400, total: 300, unit: "m" };
    file.reports![1]!.colour = "blue";
    file.events![1]!.key = "e1";
    file.facts![2]!.value = [1.3, 1.1];
    const before = await rowCounts(t.db);
    expect(await refusal(t.db, file)).toEqual([
      'sources[0].via: no source has the key "s9"',
      "sources[1].colour: unknown field",
      'milestones[1].sources[1]: no source has the key "s7"',
      "forecasts[0].completion: Give either a completion date or a duration after a milestone, not both.",
      'forecasts[1].derived.from: no milestone has the key "m9"',
      expect.stringMatching(/^forecasts\[1\]\.derived\.duration: .*a while/),
      `reports[0].observed: Cannot read "soon" as a date. ${DATES}`,
      "reports[1].measured.done: What is done cannot exceed the total.",
      "reports[1].colour: unknown field",
      'events[1].key: the key "e1" is already used by events[0]',
      "facts[2].value: A range runs from the lower number to the higher.",
    ]);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("refuses fields of the wrong JSON type, missing fields and closed lists' unknown values", async () => {
    const file = fixture() as unknown as Record<string, Record<string, unknown>[]> & { project: Record<string, unknown> };
    file.project.slug = "Not A Slug";
    delete file.sources![0]!.title;
    file.sources![2]!.kind = "blog";
    file.reports![0]!.percent = "30";
    file.forecasts![2]!.accepted = "yes";
    const issues = await refusal(t.db, file);
    expect(issues).toEqual([
      "project.slug: Use lowercase letters, digits and dashes, starting with a letter or digit.",
      "sources[0].title: is required",
      expect.stringMatching(/^sources\[2\]\.kind: Choose the kind of source\. Expected one of: state_media, .*, other\.$/),
      "forecasts[2].accepted: expected true or false",
      "reports[0].percent: expected a number or null",
    ]);
  });

  it("refuses sources carried by themselves or by each other in a loop", async () => {
    const file = fixture();
    file.project.slug = "example-loop";
    file.sources[0]!.via = "s1";
    file.sources[2]!.via = "s4";
    file.sources[3]!.via = "s2";
    expect(await refusal(t.db, file)).toEqual([
      "sources[0].via: a source cannot be carried by itself",
      "sources[1].via: the sources carry each other in a loop (s2 → s3 → s4 → s2); one of them must be carried by none",
    ]);
  });

  it("refuses another format version, and anything but a document, before reading further", async () => {
    const before = await rowCounts(t.db);
    expect(await refusal(t.db, { ...fixture(), format: "bridgewatch/2" })).toEqual([
      'format: "bridgewatch/2" is not a format this version reads; it reads "bridgewatch/1"',
    ]);
    const unversioned: Record<string, unknown> = fixture();
    delete unversioned.format;
    expect(await refusal(t.db, unversioned)).toEqual(['format: is required: a project file says "format": "bridgewatch/1"']);
    expect(await refusal(t.db, [fixture()])).toEqual(['file: expected a JSON object, a "bridgewatch/1" project file']);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("refuses a slug that exists already, writing nothing", async () => {
    const before = await rowCounts(t.db);
    expect(await refusal(t.db, fixture())).toEqual(["project.slug: a project with this slug already exists"]);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("rolls every write back when one is refused midway, naming the record in the file's words", async () => {
    const file = fixture();
    file.project.slug = "example-refused-midway";
    const before = await rowCounts(t.db);
    // The database refuses the facts' batch (a range the wrong way round), so they are written one
    // by one through the editors' write, which refuses the first: the error names that record.
    const { row } = BULK.facts;
    const reversed = vi.spyOn(BULK.facts, "row").mockImplementation((fields, context) => ({ ...row(fields, context), valueLow: 2, valueHigh: 1 }));
    const refuse = vi
      .spyOn(RECORD_WRITES.fact, "create")
      .mockRejectedValueOnce(new RuleError("The chosen source is not one of this project's sources.", { sourceId: ["Choose one of this project's sources."] }));
    try {
      expect(await refusal(t.db, file)).toEqual(["facts[0].source: Choose one of this project's sources."]);
      expect(refuse).toHaveBeenCalledTimes(1);
    } finally {
      refuse.mockRestore();
      reversed.mockRestore();
    }
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("answers null for a slug no project has", async () => {
    expect(await exportProject(t.db, { slug: "no-such-project" })).toBeNull();
  });

  it("serves the file at /projects/[slug]/export.json to signed-in users: what the CLI prints, as a download", async () => {
    const get = (slug: string) => downloadProjectFile(new Request(`http://localhost/projects/${slug}/export.json`), { params: Promise.resolve({ slug }) });
    request.db = t.db;
    request.user = null;
    const anonymous = await get(SLUG);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: "unauthorized" });
    request.user = editor as { id: string; email: string };
    const missing = await get("no-such-project");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("private, no-store");
    const served = await get(SLUG);
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      "content-type": "application/json",
      "content-disposition": `attachment; filename="${SLUG}.bridgewatch.json"`,
      "cache-control": "private, no-store",
    });
    expect(await served.text()).toBe(serializeProjectFile((await exportProject(t.db, { slug: SLUG }))!));
  });
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe("the project file commands of the CLI", () => {
  let dataDir: string;
  const cli = (...args: string[]) =>
    new Promise<CliResult>((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      execFile(
        path.resolve("node_modules/.bin/tsx"),
        ["--conditions=react-server", "db/bin/cli.ts", ...args],
        { env, timeout: 90_000 },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
      );
    });
  beforeAll(async () => {
    dataDir = await migratedDataDir();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("adds and lists projects", { timeout: 120_000 }, async () => {
    const added = await cli("project", "add", "--slug", "example-cli", "--name", "Example CLI project", "--summary", "Synthetic.", "--location", "Nowhere", "--parties", "Northland, Southland");
    expect(added).toMatchObject({ code: 0, stderr: "" });
    const refused = await cli("project", "add", "--slug", "Bad Slug", "--name", "X", "--summary", "Y", "--location", "Z");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--slug: Use lowercase letters");
    const listed = await cli("project", "list");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^example-cli\s+Example CLI project\s+\S/m);
  });

  it("imports a file, exports it as the same text, and refuses a bad one line by line", { timeout: 120_000 }, async () => {
    const imported = await cli("import", path.join(FIXTURES, "synthetic.json"));
    expect(imported).toMatchObject({ code: 0, stderr: "" });
    expect(imported.stdout).toContain(SLUG);
    const exported = await cli("export", "--project", SLUG);
    expect(exported).toMatchObject({ code: 0, stderr: "", stdout: fixtureText("synthetic.json") });
    const bad = await cli("import", path.join(FIXTURES, "invalid.json"));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trimEnd().split("\n")).toEqual([
      `sources[0].published: Cannot read "soon" as a date. ${DATES}`,
      'sources[0].via: no source has the key "s9"',
      "forecasts[0].completion: Give either a completion date or a duration after a milestone, not both.",
      'forecasts[0].derived.from: no milestone has the key "m1"',
      "reports[0].measured.done: What is done cannot exceed the total.",
      "reports[0].colour: unknown field",
    ]);
    const unknown = await cli("export", "--project", "no-such-project");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No project with the slug "no-such-project"');
  });
});
