/*
 * Calling a server action the way the browser's router does, with a raw POST and no UI in
 * between: the arguments encoded as React's encodeReply writes them, the answer decoded from
 * the RSC (Flight) response.
 */
import { test, type APIRequestContext } from "@playwright/test";

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

/** A reference into a row by path ("$0:a:data:completion"): React sends a repeated object once. */
class PathRef {
  constructor(
    readonly id: string,
    readonly path: string[],
  ) {}
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
      for (const [key, v] of Object.entries(value)) Object.defineProperty(out, key, { value: revive(v), enumerable: true, writable: true });
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
    const ref = /^\$@?([0-9a-f]+)(?::(.*))?$/.exec(s);
    // A path may point into the row being read: resolved once every row is read.
    if (ref?.[2]) return new PathRef(ref[1]!, ref[2].split(":"));
    if (ref) return row(ref[1]!);
    return s;
  };
  const resolve = (value: unknown, depth = 0): unknown => {
    if (depth > 50) return value;
    if (value instanceof PathRef) {
      let at: unknown = row(value.id);
      for (const key of value.path) at = at && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
      return resolve(at, depth + 1);
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => (value[i] = resolve(v, depth + 1)));
    } else if (value && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, v] of Object.entries(value)) (value as Record<string, unknown>)[key] = resolve(v, depth + 1);
    }
    return value;
  };
  const head = resolve(row("0"));
  return head && typeof head === "object" && "a" in head ? (head as { a: unknown }).a : undefined;
}
