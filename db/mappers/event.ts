import type { EventData, EventFields } from "../records/event";
import type { Event } from "../schema";
import { fuzzyColumns, fuzzyOf } from "./fuzzy-columns";

/** The columns an event's fields are stored in. */
export function eventColumns({ date, title, summary, category, parties, sourceId }: EventFields) {
  return { title, summary, category, parties, sourceId, ...fuzzyColumns("date", date) };
}

export function toEventData(row: Event): EventData {
  const { id, title, summary, category, parties, sourceId, version } = row;
  return { id, date: fuzzyOf(row, "date"), title, summary, category, parties, sourceId, version };
}
