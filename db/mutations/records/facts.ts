import { eq } from "drizzle-orm";
import { factColumns, toFactData } from "../../mappers/fact";
import { factRecord } from "../../records/fact";
import { projectFacts } from "../../schema";
import { recordWrites } from "../record-writes";

/** A sourced claim about the project; a claim that disagrees with another is added beside it, never over it. */
export const factWrites = recordWrites({
  table: projectFacts,
  entity: factRecord.entity,
  label: factRecord.label,
  inProject: (projectId) => eq(projectFacts.projectId, projectId),
  present: (_tx, row) => toFactData(row),
  columns: factColumns,
  created: (_input, { project }) => ({ projectId: project.id }),
  cites: ({ sourceId }) => ({ sourceId }),
});

export const { create: createFact, update: updateFact, delete: deleteFact } = factWrites;
