/*
 * The benchmark's own writes to a data folder or a PostgreSQL database, made the way the CLI
 * makes them (actor "system"): a share link to read through, readers' accounts, and a visible edit. An embedded
 * folder can only be opened while no server runs on it; PostgreSQL any time.
 */
import { eq } from "drizzle-orm";
import { openConnection, type Connection } from "../../db/connection";
import { updateProject } from "../../db/mutations/projects";
import { createUser } from "../../db/mutations/users";
import { createShareLink, revokeShareLink } from "../../db/mutations/share-links";
import { projects } from "../../db/schema";
import { seedIfEmpty } from "../../db/seed";

export const BENCH_SLUG = "tumen-road-bridge";

export interface Where {
  dataDir?: string;
  databaseUrl?: string;
}

async function withConnection<T>(where: Where, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await openConnection(where);
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

async function benchProject(connection: Connection) {
  const [project] = await connection.db.select().from(projects).where(eq(projects.slug, BENCH_SLUG));
  if (!project) throw new Error(`No project ${BENCH_SLUG}`);
  return project;
}

/** A share link to the seeded project, migrating and seeding first if the database is new. */
export function createBenchLink(where: Where): Promise<{ token: string; linkId: string; projectId: string }> {
  return withConnection(where, async (connection) => {
    await connection.migrate();
    await seedIfEmpty(connection.db);
    const project = await benchProject(connection);
    const { token, link } = await createShareLink(connection.db, { projectId: project.id, label: "Benchmark", expiresInMs: 60 * 60 * 1000, actor: "system" });
    return { token, linkId: link.id, projectId: project.id };
  });
}

/** A share link to the seeded project and a viewer's and an editor's account: what a page-load measurement reads as. */
export async function prepareReaders(
  where: Where,
  accounts: { viewer: { email: string; password: string }; editor: { email: string; password: string } },
): Promise<string> {
  const { token } = await createBenchLink(where);
  await withConnection(where, async (connection) => {
    for (const role of ["viewer", "editor"] as const) await createUser(connection.db, { ...accounts[role], role, actor: "system" });
  });
  return token;
}

export function revokeBenchLink(where: Where, link: { linkId: string; projectId: string }): Promise<void> {
  return withConnection(where, async (connection) => {
    await revokeShareLink(connection.db, { id: link.linkId, projectId: link.projectId, actor: "system" });
  });
}

/** Renames the project (a change every view shows in its title) and returns the new name. */
export function renameBenchProject(where: Where, suffix: string): Promise<string> {
  return withConnection(where, async (connection) => {
    const project = await benchProject(connection);
    const name = `${project.name.replace(/ \(benchmark edit \d+\)$/, "")} (benchmark edit ${suffix})`;
    const { id, version, slug, summary, location, parties } = project;
    await updateProject(connection.db, { actor: "system", input: { id, version, slug, name, summary, location, parties } });
    return name;
  });
}
