import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RECORD_TYPES } from "@/db/records";
import { RECORD_NAMES, type RecordType } from "@/db/records/names";

const RECORDS_DIR = path.join(process.cwd(), "db", "records");
/* Imports that stay at run time: `import type` is erased. */
const RUNTIME_IMPORT = /^import (?!type )[^;]*? from "([^"]+)";/gms;

/** Every module names.ts loads at run time, itself included, followed through relative imports. */
function runtimeImportsOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(RUNTIME_IMPORT)) {
    if (specifier!.startsWith(".")) runtimeImportsOf(path.resolve(path.dirname(file), `${specifier}.ts`), seen);
    else seen.add(specifier!);
  }
  return seen;
}

describe("the record types' names", () => {
  it("are the ones every definition carries, type by type", () => {
    expect(Object.keys(RECORD_TYPES)).toEqual(Object.keys(RECORD_NAMES));
    for (const type of Object.keys(RECORD_NAMES) as RecordType[]) expect(RECORD_TYPES[type]).toMatchObject(RECORD_NAMES[type]);
  });

  it("load no zod, so an editor's list and controls paint before any form's schemas arrive", () => {
    const loaded = runtimeImportsOf(path.join(RECORDS_DIR, "names.ts"));
    expect(loaded.size).toBeGreaterThan(1);
    expect([...loaded]).not.toContain("zod");
  });
});
