/*
 * How the dashboard looks while a change is being saved. Records not saved yet carry a
 * "pending-" id: lists mark them as saving and offer no edit or delete until the server's
 * answer replaces them.
 */
import { analyze } from "@/db/dashboard/analysis";
import type { DashboardData, DashboardLists, FuzzyDateData } from "@/db/dashboard-data";
import { compareFuzzy, tryParseFuzzyDate } from "@/db/domain/fuzzy-date";

const PENDING = "pending-";
let counter = 0;

export const pendingId = () => `${PENDING}${Date.now().toString(36)}-${(counter += 1)}`;
export const isPending = (id: string) => id.startsWith(PENDING);

/** The fuzzy date the words mean, or null when they cannot be read (the server will say why). */
export function readFuzzy(text: string): FuzzyDateData | null {
  const parsed = tryParseFuzzyDate(text);
  return parsed.ok ? parsed.value : null;
}

type ListKey = keyof DashboardLists;
type ItemOf<K extends ListKey> = DashboardLists[K][number];

/**
 * The dashboard with one list replaced, and everything derived from the lists derived again;
 * a large project's (data.paged) holds only a page of some lists, so its figures stay the
 * server's until the server answers.
 */
function withList<K extends ListKey>(data: DashboardData, key: K, list: DashboardLists[K]): DashboardData {
  if (data.paged) return { ...data, [key]: list };
  const { milestones, forecasts, reports, events, sources, facts } = data;
  const lists: DashboardLists = { milestones, forecasts, reports, events, sources, facts };
  return { ...data, ...analyze({ ...lists, [key]: list }, data.today) };
}

/** Adds the record, or replaces the one with its id; the analysis puts lists with dates in order. */
export function upsertRecord<K extends ListKey>(data: DashboardData, key: K, item: ItemOf<K>): DashboardData {
  const list = data[key] as ItemOf<K>[];
  const next = list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
  return withList(data, key, sortEvents(key, next) as DashboardLists[K]);
}

export function removeRecord(data: DashboardData, key: ListKey, id: string): DashboardData {
  return withList(data, key, (data[key] as { id: string }[]).filter((x) => x.id !== id) as DashboardLists[typeof key]);
}

function sortEvents<T>(key: ListKey, list: T[]): T[] {
  if (key !== "events") return list;
  return [...(list as DashboardLists["events"])].sort((a, b) => compareFuzzy(a.date, b.date)) as T[];
}
