import "server-only";
import { projectAction } from "@/db/actions/guard";
import { RECORD_WRITES } from "@/db/mutations/records";
import { ok, type ActionResult } from "@/db/mutations/result";
import { RECORD_TYPES, type RecordType } from "@/db/records";
import { deleteRecordSchema } from "@/db/records/define";

type Verb = "create" | "update" | "delete";
type Writes = typeof RECORD_WRITES;
export type Written<K extends RecordType, V extends Verb> = Awaited<ReturnType<Writes[K][V]>>;

const DONE: Record<Verb, string> = { create: "added", update: "saved", delete: "deleted" };

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One record change by an editor: projectAction checks the session, the editor role, the input
 * against the type's schema and the project named by its slug; the type's writes then check
 * that the row and the source it cites belong to that project.
 */
export function recordAction<K extends RecordType, V extends Verb>(type: K, verb: V, raw: unknown): Promise<ActionResult<Written<K, V>>> {
  const definition = RECORD_TYPES[type];
  const schema = verb === "delete" ? deleteRecordSchema : definition.schemas[verb as "create" | "update"];
  const write = RECORD_WRITES[type][verb] as (db: unknown, change: unknown) => Promise<Written<K, V>>;
  return projectAction(schema, raw, async ({ db, user, project, input }) => {
    const written = await write(db, { project, actor: user, input });
    return ok(`${capitalized(definition.noun)} ${DONE[verb]}.`, written);
  });
}
