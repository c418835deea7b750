/*
 * What a share link may show, declared once as a shape: for every field of a record, `true`
 * (copied), WITHHELD (sent as null, or [] for a list) or the shape of what it holds. The type
 * requires every field, so a field added to a record fails the type check until its shape
 * says whether readers may see it. The copy and the allowlist the tests check are both read
 * from the shape, so they cannot drift apart.
 */

export const WITHHELD = "withheld" as const;
type Withheld = typeof WITHHELD;

export type PublicShape<T> = [NonNullable<T>] extends [readonly (infer E)[]]
  ? [E] extends [object]
    ? readonly [PublicShape<E>] | Withheld
    : true | Withheld
  : [NonNullable<T>] extends [object]
    ? { readonly [K in keyof NonNullable<T>]-?: PublicShape<NonNullable<T>[K]> } | Withheld
    : true | Withheld;

type AnyShape = true | Withheld | readonly [AnyShape] | { readonly [key: string]: AnyShape };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function copy(value: unknown, shape: AnyShape): unknown {
  if (shape === WITHHELD) return Array.isArray(value) ? [] : null;
  if (value === null || value === undefined) return null;
  if (shape === true) return Array.isArray(value) ? [...(value as unknown[])] : value;
  if (Array.isArray(shape)) return Array.isArray(value) ? value.map((item) => copy(item, shape[0] as AnyShape)) : [];
  if (!isObject(value)) return null;
  const fields = shape as { readonly [key: string]: AnyShape };
  return Object.fromEntries(Object.keys(fields).map((key) => [key, copy(value[key], fields[key]!)]));
}

/** A copy of `value` with only what its shape allows, rebuilt field by field, never spread. */
export function copyByShape<T>(value: T, shape: PublicShape<T>): T {
  return copy(value, shape as AnyShape) as T;
}

/**
 * The object keys a payload of this shape may hold, by position in the JSON ("" is the top
 * level, "[]" any array element).
 */
export function allowlistOf<T>(shape: PublicShape<T>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (node: AnyShape, at: string) => {
    if (node === true || node === WITHHELD) return;
    if (Array.isArray(node)) return walk(node[0] as AnyShape, `${at}[]`);
    const fields = node as { readonly [key: string]: AnyShape };
    out[at] = Object.keys(fields);
    for (const key of Object.keys(fields)) walk(fields[key]!, at === "" ? key : `${at}.${key}`);
  };
  walk(shape as AnyShape, "");
  return out;
}

export const FUZZY_SHAPE = { earliest: true, latest: true, text: true } as const;
