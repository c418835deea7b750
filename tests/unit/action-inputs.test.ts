/*
 * The valid inputs the browser tests send to the actions (tests/e2e/support/action-inputs.ts)
 * are valid by the schemas the actions check: each record action's type definition, and the
 * project schema. Otherwise a refusal in the authorization matrix could hide a missing check.
 */
import { describe, expect, it } from "vitest";
import { RECORD_TYPES, type RecordType } from "@/db/records";
import { restoreRecordSchema } from "@/db/mutations/restore";
import { deleteRecordSchema } from "@/db/records/define";
import { projectSchema } from "@/db/records/project";
import { ACTION_INPUTS, projectInput, type ActionName, type RowRefs } from "../support/action-inputs";

const row = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, version: n });
const ROWS: RowRefs = {
  sourceId: "00000000-0000-4000-8000-000000000009",
  progressReport: row(1),
  milestone: row(2),
  forecast: row(3),
  event: row(4),
  spareSource: row(5),
  fact: row(6),
};
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe("the record actions' test inputs", () => {
  const types = Object.keys(RECORD_TYPES) as RecordType[];

  it("cover exactly the record actions", () => {
    const names = types.flatMap((type) => ["create", "update", "delete"].map((verb) => `${verb}${capitalized(type)}`));
    expect(Object.keys(ACTION_INPUTS).sort()).toEqual([...names, "restoreRecord", "checkEditAccess"].sort());
  });

  it("restoreRecord: passes its schema", () => {
    const parsed = restoreRecordSchema.safeParse(ACTION_INPUTS.restoreRecord("synthetic-inputs", ROWS));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  for (const type of types) {
    for (const verb of ["create", "update", "delete"] as const) {
      const name = `${verb}${capitalized(type)}` as ActionName;
      it(`${name}: passes its schema`, () => {
        const schema = verb === "delete" ? deleteRecordSchema : RECORD_TYPES[type].schemas[verb];
        const parsed = schema.safeParse(ACTION_INPUTS[name]("synthetic-inputs", ROWS));
        expect(parsed.error?.issues ?? []).toEqual([]);
      });
    }
  }
});

it("the project input passes the project schema", () => {
  const parsed = projectSchema.safeParse(projectInput("synthetic-inputs-1", "Synthetic project"));
  expect(parsed.error?.issues ?? []).toEqual([]);
});
