import { eq } from "drizzle-orm";
import { forecastColumns, toForecastData } from "../../mappers/forecast";
import { completionForecasts } from "../../schema";
import { recordWrites } from "../record-writes";
import { RECORD_TYPES } from "../../records";

/** A claim of when the project will finish. Older claims stay, so the drift of the plan shows. */
export const forecastWrites = recordWrites({
  table: completionForecasts,
  entity: RECORD_TYPES.forecast.entity,
  label: RECORD_TYPES.forecast.label,
  inProject: (projectId) => eq(completionForecasts.projectId, projectId),
  present: (_tx, row) => toForecastData(row),
  columns: forecastColumns,
  created: (_input, { project }) => ({ projectId: project.id }),
  cites: ({ sourceId }) => ({ sourceId }),
  countsFrom: ({ derivedFrom }) => ({ derivedFrom }),
});

export const { create: createForecast, update: updateForecast, delete: deleteForecast } = forecastWrites;
