import { eq } from "drizzle-orm";
import { factColumns, toFactData } from "../../mappers/fact";
import { projectFacts } from "../../schema";
import { recordWrites } from "../record-writes";
import { RECORD_TYPES } from "../../records";

/** A sourced claim about the project; a claim that disagrees with another is added beside it, never over it. */
export const factWrites = recordWrites({
  table: projectFacts,
  entity: RECORD_TYPES.fact.entity,
  label: RECORD_TYPES.fact.label,
  inProject: (projectId) => eq(projectFacts.projectId, projectId),
  present: (_tx, row) => toFactData(row),
  columns: factColumns,
  created: (_input, { project }) => ({ projectId: project.id }),
  cites: ({ sourceId }) => ({ sourceId }),
});

export const { create: createFact, update: updateFact, delete: deleteFact } = factWrites;
