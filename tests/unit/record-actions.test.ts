/*
 * The guard of every record action, with a stubbed session: who may call it, what input gets
 * through, and that the write receives the project, the caller and the parsed input. No
 * database: the project lookup and the writes are stubs, so only the guard is under test.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/db/session";
import { ACTION_INPUTS, type ActionName, type RowRefs } from "../support/action-inputs";

const PROJECT = { id: "0b6f8a52-6f0e-4b8c-9c55-3d1f6a0e2c11", slug: "synthetic-guard-project" };
const SOURCE_ID = "5a0c2a5e-7d57-4c3e-8f43-2f8c3b0b6b9e";
const ROW = { id: "7c9e6679-7425-40de-944b-e07fc1f90ae7", version: 3 };

const stub = vi.hoisted(() => ({ user: null as CurrentUser | null, projects: [] as { id: string; slug: string }[], writes: [] as unknown[] }));

vi.mock("@/db/session", async (original) => ({
  ...(await original<typeof import("@/db/session")>()),
  getCurrentUser: async () => stub.user,
}));

/* A database whose every select answers the stubbed projects, however the lookup chains it. */
vi.mock("@/db/client", () => {
  const query: Record<string, unknown> = {
    then: (resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown) => Promise.resolve(stub.projects).then(resolve, reject),
  };
  for (const step of ["from", "where", "limit"]) query[step] = () => query;
  const db = { select: () => query };
  return { getDb: async () => db, getConnection: async () => ({ db }) };
});

vi.mock("@/db/mutations/records", () => {
  const write = (name: string) => async (_db: unknown, change: unknown) => {
    stub.writes.push({ name, change });
    return { id: ROW.id, version: ROW.version + 1 };
  };
  const verbs = (type: string) => ({ create: write(`create ${type}`), update: write(`update ${type}`), delete: write(`delete ${type}`) });
  return {
    RECORD_WRITES: Object.fromEntries(["progressReport", "milestone", "forecast", "event", "source", "fact"].map((t) => [t, verbs(t)])),
  };
});

/* The restore's schema is the real one; its write is a stub like the others. */
vi.mock("@/db/mutations/restore", async (original) => ({
  ...(await original<typeof import("@/db/mutations/restore")>()),
  restoreRecord: async (_db: unknown, change: unknown) => {
    stub.writes.push({ name: "restore", change });
    return { id: ROW.id, version: ROW.version + 1 };
  },
}));

const actions = await import("@/app/(workspace)/projects/[slug]/actions");

const ROWS: RowRefs = { sourceId: SOURCE_ID, progressReport: ROW, milestone: ROW, forecast: ROW, event: ROW, fact: ROW, spareSource: ROW };
const validInput = (name: ActionName) => ACTION_INPUTS[name](PROJECT.slug, ROWS);

const EDITOR: CurrentUser = { id: "user-editor", email: "editor@bridgewatch.test", name: "Editor", role: "editor" };
const names = Object.keys(actions) as ActionName[];
/** The one action that writes nothing (the benchmark's reference): its guard is the others'. */
const NO_WRITE: ActionName = "checkEditAccess";

beforeEach(() => {
  stub.user = null;
  stub.projects = [PROJECT];
  stub.writes = [];
});

describe.each(names)("%s", (name) => {
  const call = (input: unknown) => (actions[name] as (input: unknown) => Promise<{ ok: boolean; message: string; fieldErrors?: object }>)(input);

  it("refuses a caller without a session, and writes nothing", async () => {
    expect(await call(validInput(name))).toEqual({ ok: false, message: "Sign in to make changes." });
    expect(stub.writes).toEqual([]);
  });

  it("refuses a viewer", async () => {
    stub.user = { ...EDITOR, role: "viewer" };
    expect(await call(validInput(name))).toEqual({ ok: false, message: "Only editors can do this." });
    expect(stub.writes).toEqual([]);
  });

  it("answers invalid input with field errors, and writes nothing", async () => {
    stub.user = EDITOR;
    if (name === NO_WRITE) {
      expect(await call({ projectSlug: 7 })).toMatchObject({ ok: false, fieldErrors: { projectSlug: expect.any(Array) } });
      return;
    }
    const result = await call({ projectSlug: PROJECT.slug, id: "not-a-uuid", version: -1, sourceId: 7 });
    expect(result).toMatchObject({ ok: false, message: "Some fields need attention." });
    expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
    expect(stub.writes).toEqual([]);
  });

  it("refuses a project that does not exist", async () => {
    stub.user = EDITOR;
    stub.projects = [];
    expect(await call(validInput(name))).toMatchObject({ ok: false, message: expect.stringMatching(/project was not found/) });
    expect(stub.writes).toEqual([]);
  });

  it("hands an editor's valid input, parsed, to the write with the project and the caller", async () => {
    stub.user = EDITOR;
    if (name === NO_WRITE) {
      expect(await call(validInput(name))).toEqual({ ok: true, message: "You may edit this project.", data: null });
      expect(stub.writes).toEqual([]);
      return;
    }
    const result = await call(validInput(name));
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/ (added|saved|deleted|restored)\.$/) });
    expect(stub.writes).toHaveLength(1);
    const { change } = stub.writes[0] as { change: { project: { id: string }; actor: CurrentUser; input: Record<string, unknown> } };
    expect(change.project.id).toBe(PROJECT.id);
    expect(change.actor).toEqual(EDITOR);
    if (name !== "restoreRecord") expect(change.input.projectSlug).toBe(PROJECT.slug);
  });
});
