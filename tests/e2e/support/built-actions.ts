/*
 * The server actions of the built app, as an attacker finds them: their ids in the build's
 * manifest, and the exports of every "use server" file in the sources, to check nothing is missed.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const MANIFEST = path.join(root, ".next/server/server-reference-manifest.json");

/** One action of the built app: its id, and a page route whose server bundle holds it. */
export interface BuiltAction {
  id: string;
  name: string;
  /** The source file, relative to the repository ("app/(workspace)/admin/users/actions.ts"). */
  file: string;
  /** The page route that serves it ("app/(workspace)/projects/[slug]/page"); see pagePathOf. */
  route: string;
}

/** An exported function of a `"use server"` file under app/. */
export interface ExportedAction {
  name: string;
  file: string;
}

interface Manifest {
  node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
}

/** Values for the dynamic segments of a page path; a slug names the spec's own project. */
export interface Segments {
  slug?: string;
  token?: string;
}

/**
 * The path of the page an action is posted to, as from a browser on that page:
 * "app/(workspace)/projects/[slug]/page" with `{ slug }` → "/projects/<slug>". A share token
 * needs no real value (the path only picks the bundle); a slug must be given.
 */
export function pagePathOf(action: Pick<BuiltAction, "route">, segments: Segments = {}): string {
  const values: Segments = { token: "A".repeat(43), ...segments };
  const parts = action.route
    .replace(/^app\//, "")
    .replace(/(^|\/)page$/, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
    .map((s) => {
      const param = /^\[(\w+)\]$/.exec(s)?.[1];
      if (!param) return s;
      const value = values[param as keyof Segments];
      if (!value) throw new Error(`No value for the segment ${s} of ${action.route}: pass it to pagePathOf`);
      return encodeURIComponent(value);
    });
  return `/${parts.join("/")}`;
}

/** Every server action in `.next/server/server-reference-manifest.json` (run `npx next build` first). */
export function builtActions(): BuiltAction[] {
  if (!fs.existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: build the app first (npx next build).`);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    // A page a browser posts from: never a render route (.../v/[key]), which the proxy keeps to its own rewrites.
    const pages = Object.keys(entry.workers).filter((w) => w.endsWith("/page"));
    const route = pages.find((w) => !w.endsWith("/v/[key]/page")) ?? pages[0] ?? Object.keys(entry.workers)[0] ?? "app/page";
    return { id, name: entry.exportedName, file: entry.filename, route };
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
