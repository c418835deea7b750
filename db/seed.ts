/*
 * Writes the seeded project (db/seed-data.ts) through the same mutations as the editors' forms,
 * validated by the same schemas, in the name of the actor "seed": one transaction, one audit
 * entry per record. No `server-only` here: the `db:seed` script runs it outside Next.
 */
import { eq } from "drizzle-orm";
import type { Db } from "./connection";
import { RuleError } from "./mutations/errors";
import { createProject } from "./mutations/projects";
import { inTransaction } from "./mutations/transaction";
import { RECORD_WRITES } from "./mutations/records";
import type { ChangeContext } from "./mutations/versioned";
import { RECORD_TYPES } from "./records";
import { projectSchema } from "./records/project";
import { projects } from "./schema";
import {
  SEED_ACTOR,
  SEED_EVENTS,
  SEED_FORECASTS,
  SEED_MILESTONES,
  SEED_PROJECT,
  SEED_REPORTS,
  SEED_SOURCES,
  type SeedSourceKey,
} from "./seed-data";

const { progressReport, milestone, forecast, event, source } = RECORD_TYPES;

/**
 * Creates the seeded project and everything it holds. Idempotent: when the slug already exists
 * it writes nothing, and of two runs racing, the one that loses the slug writes nothing.
 */
export async function seedDatabase(db: Db): Promise<{ created: boolean }> {
  const [existing] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, SEED_PROJECT.slug));
  if (existing) return { created: false };
  try {
    return await inTransaction(db, async (tx) => {
      const project = await createProject(tx, { actor: SEED_ACTOR, input: projectSchema.parse(SEED_PROJECT) });
      await seedRecords(tx, { project, actor: SEED_ACTOR });
      return { created: true };
    });
  } catch (error) {
    if (error instanceof RuleError && error.fieldErrors?.slug) return { created: false };
    throw error;
  }
}

async function seedRecords(tx: Db, context: ChangeContext & { project: { slug: string } }) {
  const projectSlug = context.project.slug;
  const sourceIds = {} as Record<SeedSourceKey, string>;
  // One after another: a transaction is one connection, which runs one query at a time.
  for (const [key, seed] of Object.entries(SEED_SOURCES) as [SeedSourceKey, (typeof SEED_SOURCES)[SeedSourceKey]][]) {
    const input = source.schemas.create.parse({ projectSlug, ...seed });
    sourceIds[key] = (await RECORD_WRITES.source.create(tx, { ...context, input })).id;
  }
  const cite = <T extends { source: SeedSourceKey }>({ source: key, ...rest }: T) => ({ projectSlug, ...rest, sourceId: sourceIds[key] });
  for (const seed of SEED_MILESTONES) {
    await RECORD_WRITES.milestone.create(tx, { ...context, input: milestone.schemas.create.parse(cite(seed)) });
  }
  for (const seed of SEED_FORECASTS) {
    await RECORD_WRITES.forecast.create(tx, { ...context, input: forecast.schemas.create.parse(cite(seed)) });
  }
  for (const seed of SEED_REPORTS) {
    await RECORD_WRITES.progressReport.create(tx, { ...context, input: progressReport.schemas.create.parse(cite(seed)) });
  }
  for (const seed of SEED_EVENTS) {
    await RECORD_WRITES.event.create(tx, { ...context, input: event.schemas.create.parse(cite(seed)) });
  }
}

/** Seeds on first start, when the database holds no project at all. */
export async function seedIfEmpty(db: Db): Promise<{ created: boolean }> {
  const [anyProject] = await db.select({ id: projects.id }).from(projects).limit(1);
  if (anyProject) return { created: false };
  return seedDatabase(db);
}
