/*
 * Server actions as an attacker sees them: ids in the built app, called with raw POSTs the way
 * the browser's router calls them, with no UI in between.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, type APIRequestContext } from "@playwright/test";
import type { DashboardData } from "../../../db/dashboard-data";
import { ACTION_INPUTS, type ActionName, type RowRef, type RowRefs } from "../../../app/(workspace)/projects/[slug]/action-inputs";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const MANIFEST = path.join(root, ".next/server/server-reference-manifest.json");

/** One action of the built app: its id, and a page whose server bundle holds it. */
export interface BuiltAction {
  id: string;
  name: string;
  /** The source file, relative to the repository ("app/(workspace)/admin/users/actions.ts"). */
  file: string;
  /** A page path that serves it (dynamic segments filled in). */
  pagePath: string;
}

/** An exported function of a `"use server"` file under app/. */
export interface ExportedAction {
  name: string;
  file: string;
}

interface Manifest {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
}

/** Values for dynamic segments of page paths. */
const SEGMENT_VALUES: Record<string, string> = { slug: "tumen-road-bridge", token: "A".repeat(43) };

/** "app/(workspace)/projects/[slug]/page" → "/projects/tumen-road-bridge". */
export function pagePathOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/(^|\/)page$/, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
    .map((s) => {
      const param = /^\[(\w+)\]$/.exec(s)?.[1];
      if (!param) return s;
      const value = SEGMENT_VALUES[param];
      if (!value) throw new Error(`No test value for the segment ${s} of ${worker}`);
      return value;
    });
  return `/${segments.join("/")}`;
}

/** Every server action in `.next/server/server-reference-manifest.json` (run `npx next build` first). */
export function builtActions(): BuiltAction[] {
  if (!fs.existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: build the app first (npx next build).`);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).find((w) => w.endsWith("/page")) ?? Object.keys(entry.workers)[0] ?? "app/page";
    return { id, name: entry.exportedName, file: entry.filename, pagePath: pagePathOf(worker) };
  });
}

let built: BuiltAction[] | undefined;

/** The built action with this exported name (names are unique across the app's action files). */
export function actionNamed(name: string): BuiltAction {
  built ??= builtActions();
  const found = built.filter((a) => a.name === name);
  if (found.length !== 1) throw new Error(`Expected one built server action named ${name}, found ${found.length}`);
  return found[0]!;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** A file whose first statement is the "use server" directive (comments may come before it). */
function isServerModule(text: string): boolean {
  const code = text.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["'];?/.test(code);
}

const ACTION_EXPORT = /^export\s+async\s+function\s+([A-Za-z_$][\w$]*)/;
const TYPE_EXPORT = /^export\s+(type|interface)\s/;

/**
 * Every export of every `"use server"` file under app/, read from the sources. An export in any
 * other form than `export async function NAME` is reported as an error: the enumeration would
 * not see it, so it must not exist.
 */
export function exportedActions(): { actions: ExportedAction[]; unreadable: string[] } {
  const actions: ExportedAction[] = [];
  const unreadable: string[] = [];
  for (const full of sourceFiles(path.join(root, "app"))) {
    const text = fs.readFileSync(full, "utf8");
    if (!isServerModule(text)) continue;
    const file = path.relative(root, full).split(path.sep).join("/");
    for (const line of text.split("\n")) {
      if (!line.startsWith("export")) continue;
      const name = ACTION_EXPORT.exec(line)?.[1];
      if (name) actions.push({ name, file });
      else if (!TYPE_EXPORT.test(line)) unreadable.push(`${file}: ${line.trim()}`);
    }
  }
  return { actions, unreadable };
}

/** A FormData argument, sent the way React sends one (multipart, referenced as "$K<n>"). */
export class FormArg {
  constructor(readonly fields: Record<string, string>) {}
}

/**
 * One value as React's encodeReply writes it: strings that start with "$" are escaped, and the
 * values JSON cannot hold (NaN, ±Infinity, -0, undefined, dates, bigints) get their tags.
 */
function encodeValue(value: unknown, forms: FormArg[]): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "$NaN";
    if (value === Infinity) return "$Infinity";
    if (value === -Infinity) return "$-Infinity";
    return Object.is(value, -0) ? "$-0" : value;
  }
  if (value === undefined) return "$undefined";
  if (typeof value === "bigint") return `$n${value}`;
  if (value instanceof Date) return `$D${value.toISOString()}`;
  if (value instanceof FormArg) {
    forms.push(value);
    return `$K${forms.length.toString(16)}`;
  }
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, forms));
  if (value && typeof value === "object") {
    // Own keys only, "__proto__" included: a hostile caller can send any key JSON can hold.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, { value: encodeValue((value as Record<string, unknown>)[key], forms), enumerable: true });
    }
    return out;
  }
  return value;
}

/** The body React's client would send for these arguments, and the FormData arguments among them. */
export function encodeArgs(args: unknown[]): { json: string; forms: FormArg[] } {
  const forms: FormArg[] = [];
  return { json: JSON.stringify(encodeValue(args, forms)), forms };
}

export interface ActionCall {
  /** The action's id from the manifest. */
  id: string;
  /** The arguments of the call: `[input]` for the record and admin actions. */
  args: unknown[];
  /** The Cookie header; omitted, the request context's own cookies go. */
  cookie?: string;
  /** The page path the POST goes to, like the page the browser is on; "/" by default. */
  path?: string;
  /** The server's origin; the test project's baseURL by default. */
  origin?: string;
  /** Extra or overriding request headers (a foreign Origin, say). */
  headers?: Record<string, string>;
}

export interface ActionResponse {
  status: number;
  /** The decoded return value of the action (undefined when the response held none). */
  result: unknown;
  /** Where the action redirected to, if it did ("/login"). */
  redirect: string | null;
  /** The cookies the response set, as `name=value` pairs. */
  setCookies: string[];
  /** The rows of the RSC response, as sent. */
  body: string;
  headers: Record<string, string>;
}

/** Calls a server action the way Next's client router does, and decodes what it answered. */
export async function callAction(request: APIRequestContext, call: ActionCall): Promise<ActionResponse> {
  const { json: encoded, forms } = encodeArgs(call.args);
  const origin = new URL(call.origin ?? String(test.info().project.use.baseURL)).origin;
  const headers: Record<string, string> = {
    "Next-Action": call.id,
    Origin: origin,
    Accept: "text/x-component",
  };
  if (call.cookie !== undefined) headers.Cookie = call.cookie;
  Object.assign(headers, call.headers);
  const url = `${origin}${call.path ?? "/"}`;
  let response;
  if (forms.length > 0) {
    // As React does: the FormData arguments' fields first, the root "0" last (the server reads them in order).
    const multipart = new FormData();
    forms.forEach((form, i) => {
      for (const [key, value] of Object.entries(form.fields)) multipart.append(`_${(i + 1).toString(16)}_${key}`, value);
    });
    multipart.append("0", encoded);
    response = await request.post(url, { headers, multipart, maxRedirects: 0 });
  } else {
    headers["Content-Type"] = "text/plain;charset=UTF-8";
    response = await request.post(url, { headers, data: encoded, maxRedirects: 0 });
  }
  const body = await response.text();
  const responseHeaders = response.headers();
  const setCookies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0]!);
  const isFlight = (responseHeaders["content-type"] ?? "").includes("text/x-component");
  return {
    status: response.status(),
    result: isFlight ? actionResultOf(body) : undefined,
    redirect: responseHeaders["x-action-redirect"]?.split(";")[0] ?? null,
    setCookies,
    body,
    headers: responseHeaders,
  };
}

/** Splits an RSC (Flight) response into its rows: id → raw payload (JSON text, or the text of a T row). */
function flightRows(body: string): Map<string, string> {
  const bytes = Buffer.from(body, "utf8");
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.toString("utf8", at, colon);
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    if (tag === "T") {
      const comma = bytes.indexOf(0x2c, colon);
      const length = parseInt(bytes.toString("utf8", colon + 2, comma), 16);
      rows.set(id, JSON.stringify(bytes.toString("utf8", comma + 1, comma + 1 + length)));
      at = comma + 1 + length;
      continue;
    }
    const end = bytes.indexOf(0x0a, colon);
    const stop = end < 0 ? bytes.length : end;
    // Other tagged rows (I: module, H: hint, E: error...) keep their tag letter in front of the JSON.
    rows.set(id, bytes.toString("utf8", colon + 1, stop));
    at = stop + 1;
  }
  return rows;
}

/** The action's return value in an action response: row 0 is `{ a: <result>, ... }`. */
export function actionResultOf(body: string): unknown {
  const rows = flightRows(body);
  const parsed = new Map<string, unknown>();
  const row = (id: string): unknown => {
    if (parsed.has(id)) return parsed.get(id);
    const text = rows.get(id);
    if (text === undefined || !/^[[{"\d\-tfn]/.test(text)) return undefined;
    const value = revive(JSON.parse(text) as unknown);
    parsed.set(id, value);
    return value;
  };
  const revive = (value: unknown): unknown => {
    if (typeof value === "string") return reviveString(value);
    if (Array.isArray(value)) return value.map(revive);
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) Object.defineProperty(out, key, { value: revive(v), enumerable: true });
      return out;
    }
    return value;
  };
  const reviveString = (s: string): unknown => {
    if (!s.startsWith("$")) return s;
    if (s.startsWith("$$")) return s.slice(1);
    const special: Record<string, unknown> = { $undefined: undefined, $NaN: NaN, $Infinity: Infinity, "$-Infinity": -Infinity, "$-0": -0 };
    if (s in special) return special[s];
    if (s.startsWith("$D")) return new Date(s.slice(2));
    if (s.startsWith("$n")) return BigInt(s.slice(2));
    const ref = /^\$@?([0-9a-f]+)(?::.*)?$/.exec(s);
    if (ref) return row(ref[1]!);
    return s;
  };
  const head = row("0");
  return head && typeof head === "object" && "a" in head ? (head as { a: unknown }).a : undefined;
}

/* ----- Records of the seeded project, as the matrix and the hostile-input tests use them ----- */

export const SLUG = "tumen-road-bridge";
export const DASHBOARD_API = `/api/projects/${SLUG}`;

/** The dashboard's data as the given session reads it (its JSON route). */
export async function readDashboard(request: APIRequestContext, cookie: string): Promise<DashboardData> {
  const response = await request.get(DASHBOARD_API, { headers: { Cookie: cookie }, maxRedirects: 0 });
  if (response.status() !== 200) throw new Error(`GET ${DASHBOARD_API} answered ${response.status()}`);
  return (await response.json()) as DashboardData;
}

export const RECORD_COLLECTIONS = {
  ProgressReport: "reports",
  Milestone: "milestones",
  Forecast: "forecasts",
  Event: "events",
  Source: "sources",
} as const satisfies Record<string, keyof DashboardData>;
export type RecordKind = keyof typeof RECORD_COLLECTIONS;

/** "updateMilestone" → { verb: "update", kind: "Milestone" }; null for actions on no record. */
export function recordActionOf(name: string): { verb: "create" | "update" | "delete"; kind: RecordKind } | null {
  const match = /^(create|update|delete)(ProgressReport|Milestone|Forecast|Event|Source)$/.exec(name);
  return match ? { verb: match[1] as "create" | "update" | "delete", kind: match[2] as RecordKind } : null;
}

/** Every record of the dashboard by id: its kind, version and JSON. */
export function recordsOf(dashboard: DashboardData): Map<string, { kind: RecordKind; version: number; json: string }> {
  const out = new Map<string, { kind: RecordKind; version: number; json: string }>();
  for (const kind of Object.keys(RECORD_COLLECTIONS) as RecordKind[]) {
    const rows: { id: string; version: number }[] = dashboard[RECORD_COLLECTIONS[kind]];
    for (const row of rows) out.set(row.id, { kind, version: row.version, json: JSON.stringify(row) });
  }
  return out;
}

/*
 * Synthetic rows must not change what the seeded project shows while other spec files look at
 * it: reports observed before the seeded one (so the latest report stays KCNA's 0 %), forecasts
 * not accepted (so the plan of record stays mid-2026). Milestones come as kind "other" already.
 */
const KEEP_SEEDED_VIEW: Partial<Record<RecordKind, Record<string, unknown>>> = {
  ProgressReport: { observed: "2024-01" },
  Forecast: { accepted: false },
};
const MARKED_FIELDS = ["summary", "title", "note"];

/**
 * Rows a spec creates as its admin, to aim updates and deletes at, and removes again at the end.
 * Inputs come from the actions' own valid-input builders (action-inputs.ts).
 */
export class SyntheticRecords {
  private readonly created: { kind: RecordKind; id: string }[] = [];
  private citedSource: string | undefined;
  private made = 0;

  constructor(
    private readonly request: APIRequestContext,
    private readonly adminCookie: string,
    private readonly label: string,
  ) {}

  /** A valid input for the action, its text fields carrying `marker`, safe for the seeded view. */
  async validInput(name: ActionName, marker: string, rows?: Partial<RowRefs>): Promise<Record<string, unknown>> {
    const kind = recordActionOf(name)?.kind;
    const sourceId = name === "createSource" ? NOWHERE.id : await this.citedSourceId();
    const refs: RowRefs = { sourceId, progressReport: NOWHERE, milestone: NOWHERE, forecast: NOWHERE, event: NOWHERE, spareSource: NOWHERE, ...rows };
    const input = { ...ACTION_INPUTS[name](SLUG, refs), ...(kind ? KEEP_SEEDED_VIEW[kind] : {}) };
    for (const field of MARKED_FIELDS) if (typeof input[field] === "string") input[field] = `${input[field]} ${marker}`;
    return input;
  }

  /** A fresh row of the kind, made by the admin, with the refs an update or delete of it needs. */
  async fresh(kind: RecordKind, marker?: string): Promise<RowRef & { refs: Partial<RowRefs> }> {
    const row = await this.make(kind, marker);
    this.created.push({ kind, id: row.id });
    return row;
  }

  private async make(kind: RecordKind, marker = `${this.label}-${++this.made}`): Promise<RowRef & { refs: Partial<RowRefs> }> {
    const input = await this.validInput(`create${kind}`, marker);
    // Posted from the project list: a lighter page than the dashboard to re-render after the change.
    const response = await callAction(this.request, { id: actionNamed(`create${kind}`).id, args: [input], cookie: this.adminCookie, path: "/" });
    const result = response.result as { ok: boolean; message: string; data?: { id: string; version: number } } | undefined;
    if (!result?.ok || !result.data) throw new Error(`create${kind} as admin failed: ${response.status} ${JSON.stringify(result)}`);
    const ref = { id: result.data.id, version: result.data.version };
    return { ...ref, refs: kind === "Source" ? { spareSource: ref } : { [REF_KEYS[kind]]: ref } };
  }

  /** Remembers a row someone else's call created, so the clean-up removes it too. */
  adopt(kind: RecordKind, id: string) {
    this.created.push({ kind, id });
  }

  /** Deletes every row this spec made that still exists, except the source they cite; `all` removes that too. */
  async cleanUp({ all = false } = {}) {
    const order: RecordKind[] = ["ProgressReport", "Milestone", "Forecast", "Event", "Source"];
    const doomed = all && this.citedSource ? [...this.created, { kind: "Source" as const, id: this.citedSource }] : this.created;
    const current = recordsOf(await readDashboard(this.request, this.adminCookie));
    for (const kind of order) {
      for (const { id } of doomed.filter((c) => c.kind === kind)) {
        const row = current.get(id);
        if (!row) continue;
        const action = actionNamed(`delete${kind}`);
        await callAction(this.request, { id: action.id, args: [{ projectSlug: SLUG, id, version: row.version }], cookie: this.adminCookie, path: "/" });
      }
    }
    this.created.length = 0;
    if (all) this.citedSource = undefined;
  }

  /** What every record cites: one source of this spec. */
  async citedSourceId(): Promise<string> {
    this.citedSource ??= (await this.make("Source", `${this.label}-cited`)).id;
    return this.citedSource;
  }
}

/** A row that does not exist: fills the refs an action does not use. */
const NOWHERE = { id: "00000000-0000-4000-8000-000000000000", version: 1 };
const REF_KEYS = { ProgressReport: "progressReport", Milestone: "milestone", Forecast: "forecast", Event: "event" } as const;
