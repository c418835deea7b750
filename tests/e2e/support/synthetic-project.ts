/*
 * A project of one spec's own: an admin makes it through the createProject action, then fills
 * it with records through the record actions, as an editor would. Nothing else writes to it,
 * so a spec may add, change and delete anything there without tiptoeing around other specs,
 * and nothing needs cleaning up afterwards. The seeded project is never written to.
 */
import crypto from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type { DashboardData } from "../../../db/dashboard-data";
import { RECORD_TYPES, type RecordType } from "../../../db/records";
import { callAction } from "./action-call";
import { ACTION_INPUTS, projectInput, type ActionName, type RowRef, type RowRefs } from "../../support/action-inputs";
import { actionNamed, pagePathOf } from "./built-actions";

type Verb = "create" | "update" | "delete";

const RECORD_ACTION = new RegExp(`^(create|update|delete)(${Object.keys(RECORD_TYPES).map(capitalized).join("|")})$`);

function capitalized(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** The record action of a verb on a type: ("update", "milestone") → "updateMilestone". */
export function recordActionName(verb: Verb, type: RecordType): ActionName {
  return `${verb}${capitalized(type)}` as ActionName;
}

/** "updateMilestone" → { verb: "update", type: "milestone" }; null for actions on no record. */
export function recordActionOf(name: string): { verb: Verb; type: RecordType } | null {
  const match = RECORD_ACTION.exec(name);
  if (!match) return null;
  const type = (match[2]!.charAt(0).toLowerCase() + match[2]!.slice(1)) as RecordType;
  return { verb: match[1] as Verb, type };
}

/** Every record of the dashboard by id: its type, version and JSON. */
export function recordsOf(dashboard: DashboardData): Map<string, { type: RecordType; version: number; json: string }> {
  const out = new Map<string, { type: RecordType; version: number; json: string }>();
  for (const type of Object.keys(RECORD_TYPES) as RecordType[]) {
    const rows: { id: string; version: number }[] = dashboard[RECORD_TYPES[type].listKey];
    for (const row of rows) out.set(row.id, { type, version: row.version, json: JSON.stringify(row) });
  }
  return out;
}

/** A slug no other spec or run uses: "synthetic-<label>-<random>". */
export function syntheticSlug(label: string): string {
  const safe = label.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return `synthetic-${safe}-${crypto.randomBytes(4).toString("hex")}`;
}

/** A dashboard's data as the given session (or the request context's own cookies) reads it (its JSON route). */
export async function readDashboard(request: APIRequestContext, cookie: string | undefined, slug: string): Promise<DashboardData> {
  const url = `/api/projects/${encodeURIComponent(slug)}`;
  const response = await request.get(url, { headers: cookie === undefined ? {} : { Cookie: cookie }, maxRedirects: 0 });
  if (response.status() !== 200) throw new Error(`GET ${url} answered ${response.status()}`);
  return (await response.json()) as DashboardData;
}

/** A row that does not exist: fills the refs an action does not use. */
const NOWHERE: RowRef = { id: "00000000-0000-4000-8000-000000000000", version: 1 };
/** Where a row of the type goes among the refs an update or delete of it reads. */
const refKey = (type: RecordType): keyof Omit<RowRefs, "sourceId"> => (type === "source" ? "spareSource" : type);
/** The text fields a marker is appended to, so a spec can find the rows its call made. */
const MARKED_FIELDS = ["summary", "title", "note", "qualifier"];

/** A fresh row, with the refs an update or delete of it needs. */
export type FreshRow = RowRef & { refs: Partial<RowRefs> };

export class SyntheticProject {
  private citedSource: string | undefined;
  private made = 0;

  private constructor(
    private readonly request: APIRequestContext,
    /** The admin's Cookie header; undefined: the request context's own cookies (a signed-in page's). */
    private readonly adminCookie: string | undefined,
    readonly slug: string,
    readonly name: string,
  ) {}

  /** A project the spec made otherwise (through the admin page), to fill with records as its admin. */
  static of(request: APIRequestContext, adminCookie: string | undefined, project: { slug: string; name: string }): SyntheticProject {
    return new SyntheticProject(request, adminCookie, project.slug, project.name);
  }

  /** Makes a new project as the admin whose cookie is given; `label` tells specs apart in slugs and names. */
  static async create(request: APIRequestContext, adminCookie: string, label: string): Promise<SyntheticProject> {
    const slug = syntheticSlug(label);
    const name = `Synthetic project ${slug.slice("synthetic-".length)}`;
    const action = actionNamed("createProject");
    const response = await callAction(request, { id: action.id, args: [projectInput(slug, name)], cookie: adminCookie, path: pagePathOf(action) });
    const result = response.result as { ok: boolean; data?: { slug: string } } | undefined;
    if (!result?.ok || result.data?.slug !== slug) throw new Error(`createProject as admin failed: ${response.status} ${JSON.stringify(result)}`);
    return new SyntheticProject(request, adminCookie, slug, name);
  }

  /** The dashboard page. */
  get path(): string {
    return `/projects/${encodeURIComponent(this.slug)}`;
  }

  /** The dashboard's data, as the admin (or the session given) reads it. */
  readDashboard(cookie = this.adminCookie): Promise<DashboardData> {
    return readDashboard(this.request, cookie, this.slug);
  }

  /** A valid input for a record action in this project, its text fields carrying `marker`. */
  async validInput(name: ActionName, marker: string, rows?: Partial<RowRefs>): Promise<Record<string, unknown>> {
    const sourceId = name === "createSource" ? NOWHERE.id : await this.citedSourceId();
    const refs: RowRefs = { sourceId, progressReport: NOWHERE, milestone: NOWHERE, forecast: NOWHERE, event: NOWHERE, fact: NOWHERE, spareSource: NOWHERE, ...rows };
    const input = ACTION_INPUTS[name](this.slug, refs);
    for (const field of MARKED_FIELDS) if (typeof input[field] === "string") input[field] = `${input[field]} ${marker}`;
    return input;
  }

  /** A fresh row of the type, made by the admin, to aim an update or delete at. */
  async fresh(type: RecordType, marker = `row-${++this.made}`): Promise<FreshRow> {
    const ref = await this.add(type, await this.validInput(recordActionName("create", type), marker));
    return { ...ref, refs: { [refKey(type)]: ref } };
  }

  /** Adds a record of the type with exactly this input (the project's slug is filled in). */
  async add(type: RecordType, input: Record<string, unknown>): Promise<RowRef> {
    const name = recordActionName("create", type);
    const action = actionNamed(name);
    const args = [{ ...input, projectSlug: this.slug }];
    const response = await callAction(this.request, { id: action.id, args, cookie: this.adminCookie, path: this.path });
    const result = response.result as { ok: boolean; message: string; data?: RowRef } | undefined;
    if (!result?.ok || !result.data) throw new Error(`${name} as admin failed: ${response.status} ${JSON.stringify(result)}`);
    return { id: result.data.id, version: result.data.version };
  }

  /**
   * A plan for the chart to draw the reports against, as a real project has: a construction
   * start and an accepted completion forecast, both citing the project's source.
   */
  async addPlan({ start = "2024-06", window = "mid-2027" } = {}): Promise<void> {
    const sourceId = await this.citedSourceId();
    await this.add("milestone", { kind: "construction_start", title: "Synthetic construction start", planned: start, actual: start, status: "complete", sourceId });
    await this.add("forecast", { completion: window, claimed: "2024-05-01", sourceId, accepted: true, note: "Synthetic plan of record." });
  }

  /** What every record made here cites unless told otherwise: one source of the project. */
  async citedSourceId(): Promise<string> {
    this.citedSource ??= (await this.add("source", await this.validInput("createSource", "cited"))).id;
    return this.citedSource;
  }
}
