import { eq } from "drizzle-orm";
import type { Db } from "../../connection";
import type { ForecastData } from "../../dashboard-data";
import { toForecastData } from "../../queries/mappers";
import { completionForecasts } from "../../schema";
import type { CreateForecastInput, DeleteRecordInput, UpdateForecastInput } from "../schemas";
import {
  deleteAtVersion,
  logCreated,
  requireSourceInProject,
  updateAtVersion,
  type ChangeContext,
  type RecordKind,
} from "../versioned";

export const forecastKind: RecordKind<typeof completionForecasts, ForecastData> = {
  table: completionForecasts,
  entity: "completion_forecast",
  label: "The completion forecast",
  inProject: (projectId) => eq(completionForecasts.projectId, projectId),
  present: (_tx, row) => toForecastData(row),
};

function columns(input: CreateForecastInput | UpdateForecastInput) {
  return {
    windowEarliest: input.window.earliest,
    windowLatest: input.window.latest,
    windowText: input.window.text,
    claimedOn: input.claimedOn,
    sourceId: input.sourceId,
    accepted: input.accepted,
    note: input.note,
  };
}

/** A claim of when the project will finish. Older claims stay, so the drift of the plan shows. */
export function createForecast(db: Db, { input, ...context }: ChangeContext & { input: CreateForecastInput }): Promise<ForecastData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    const [row] = await tx
      .insert(completionForecasts)
      .values({ projectId: context.project.id, ...columns(input) })
      .returning();
    return logCreated(tx, forecastKind, context, row!);
  });
}

export function updateForecast(db: Db, { input, ...context }: ChangeContext & { input: UpdateForecastInput }): Promise<ForecastData> {
  return db.transaction(async (tx) => {
    await requireSourceInProject(tx, context.project.id, input.sourceId);
    return updateAtVersion(tx, forecastKind, context, input, columns(input));
  });
}

export function deleteForecast(db: Db, { input, ...context }: ChangeContext & { input: DeleteRecordInput }): Promise<{ id: string }> {
  return db.transaction((tx) => deleteAtVersion(tx, forecastKind, context, input));
}
