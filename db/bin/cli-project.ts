/*
 * Projects and project files from the command line: `project add|list`, `import FILE`,
 * `export --project SLUG`. The CLI acts as "system", like its user and share commands.
 */
import fs from "node:fs";
import type { Db } from "../connection";
import { todayIso } from "../domain/today";
import { RuleError } from "../mutations/errors";
import { createProject } from "../mutations/projects";
import { exportProject, serializeProjectFile } from "../project-file/export";
import { importProject, ProjectFileError } from "../project-file/import";
import { listProjects } from "../queries/projects";
import { projectSchema } from "../records/project";
import { required, UsageError, type Args } from "./cli-args";

export const PROJECT_USAGE = `  project add --slug S --name N --summary T --location L [--parties "A, B"]
  project list
  import FILE                (a bridgewatch/1 project file; writes all of it or nothing)
  export --project SLUG      (prints the project file as JSON)`;

const ACTOR = "system";

export async function runProjectCommand(db: Db, command: string | undefined, args: Args): Promise<void> {
  switch (command) {
    case "add": {
      const parsed = projectSchema.safeParse({
        slug: required(args, "slug", "e.g. --slug tumen-road-bridge."),
        name: required(args, "name", 'e.g. --name "Tumen River road bridge".'),
        summary: required(args, "summary", "What the project is, in a sentence or two."),
        location: required(args, "location", "Where it is."),
        parties: args.flags.parties ?? "",
      });
      if (!parsed.success) throw new RuleError(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
      const project = await createProject(db, { actor: ACTOR, input: parsed.data });
      console.log(`Created project ${project.slug} (${project.name}).`);
      return;
    }
    case "list": {
      const list = await listProjects(db, { today: todayIso() });
      const slugWidth = Math.max(0, ...list.map((p) => p.slug.length));
      const nameWidth = Math.max(0, ...list.map((p) => p.name.length));
      for (const p of list) console.log(`${p.slug.padEnd(slugWidth)}  ${p.name.padEnd(nameWidth)}  ${p.status.label}`);
      if (list.length === 0) console.log("No projects yet.");
      return;
    }
    default:
      throw new UsageError(`Unknown project command "${command ?? ""}".`);
  }
}

export async function runImportCommand(db: Db, args: Args): Promise<void> {
  const path = args.positional[0];
  if (!path) throw new UsageError("Name the file to import, e.g. import project.bridgewatch.json.");
  let text: string;
  try {
    text = fs.readFileSync(path, "utf8");
  } catch (error) {
    throw new RuleError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw new ProjectFileError([`file: not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  const { slug, counts } = await importProject(db, { file, actor: ACTOR });
  const counted = Object.entries(counts).map(([list, n]) => `${n} ${list}`).join(", ");
  console.log(`Imported project ${slug}: ${counted}.`);
}

export async function runExportCommand(db: Db, args: Args): Promise<void> {
  const slug = required(args, "project", "Name the project by its slug, e.g. --project tumen-road-bridge.");
  const file = await exportProject(db, { slug });
  if (!file) throw new RuleError(`No project with the slug "${slug}".`);
  process.stdout.write(serializeProjectFile(file));
}
