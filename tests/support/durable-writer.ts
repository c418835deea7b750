/*
 * Run as a child process by the durability test: opens the database its environment names
 * (DATABASE_URL, else DATA_DIR, as an app server does), makes a synthetic project with an editor
 * and a source, prints {"project": id}, then adds progress reports through the data layer's
 * createProgressReport, IN_FLIGHT at a time, until it is killed. Each report's id is printed on
 * a line of its own once its transaction has committed: a printed id is an acknowledged write.
 * Stdout to a pipe is written synchronously on Linux, so a line printed is a line the test gets.
 */
import { randomUUID } from "node:crypto";
import { connectionOptionsFromEnv, openConnection } from "../../db/connection";
import { createProject } from "../../db/mutations/projects";
import { createProgressReport } from "../../db/mutations/records/progress-reports";
import { createSource } from "../../db/mutations/records/sources";
import { createUser } from "../../db/mutations/users";
import { projectSchema } from "../../db/records/project";
import { RECORD_TYPES } from "../../db/records";

const IN_FLIGHT = 4;

const connection = await openConnection(connectionOptionsFromEnv());
await connection.migrate();
const { db } = connection;

const suffix = randomUUID().slice(0, 8);
const editor = await createUser(db, {
  email: `durability-${suffix}@bridgewatch.test`,
  password: `durability-password-${suffix}`,
  role: "editor",
  actor: "system",
});
const actor = { id: editor.id, email: editor.email };
const slug = `synthetic-durability-${suffix}`;
const project = await createProject(db, {
  actor,
  input: projectSchema.parse({
    slug,
    name: "Synthetic durability project (not real)",
    summary: "Made by the durability test. Every record is made up.",
    location: "Nowhere (synthetic)",
    parties: "",
  }),
});
const source = await createSource(db, {
  project,
  actor,
  input: RECORD_TYPES.source.schemas.create.parse({ projectSlug: slug, outlet: "Synthetic Outlet", title: "Synthetic source", published: "2026-11-01", kind: "other" }),
});
process.stdout.write(`${JSON.stringify({ project: project.id })}\n`);

let n = 0;
const report = () =>
  RECORD_TYPES.progressReport.schemas.create.parse({
    projectSlug: slug,
    observed: "2026-10",
    percent: String(++n % 100),
    summary: `Synthetic durability report ${n}`,
    sourceId: source.id,
    evidenceKind: "other",
    confidence: "low",
  });

async function writeForever(): Promise<never> {
  for (;;) {
    const created = await createProgressReport(db, { project, actor, input: report() });
    process.stdout.write(`${created.id}\n`);
  }
}

await Promise.all(Array.from({ length: IN_FLIGHT }, writeForever));
