/*
 * How the dashboard looks while a change is being saved. Records not saved yet carry a
 * "pending-" id: lists mark them as saving and offer no edit or delete until the server's
 * answer replaces them.
 */
import type { DashboardData, FuzzyDateData } from "@/db/dashboard-data";
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

type Lists = Pick<DashboardData, "reports" | "milestones" | "forecasts" | "events" | "sources">;
type ListKey = keyof Lists;
type ItemOf<K extends ListKey> = Lists[K][number];

/** Adds the record, or replaces the one with its id; lists with dates stay in date order. */
export function upsertRecord<K extends ListKey>(data: DashboardData, key: K, item: ItemOf<K>): DashboardData {
  const list = data[key] as ItemOf<K>[];
  const next = list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
  return { ...data, [key]: sortByDate(key, next) };
}

export function removeRecord(data: DashboardData, key: ListKey, id: string): DashboardData {
  return { ...data, [key]: (data[key] as { id: string }[]).filter((x) => x.id !== id) };
}

function dateOf(key: ListKey, item: unknown): FuzzyDateData | null {
  if (key === "reports") return (item as Lists["reports"][number]).observed;
  if (key === "events") return (item as Lists["events"][number]).date;
  return null;
}

function sortByDate<T>(key: ListKey, list: T[]): T[] {
  if (key !== "reports" && key !== "events") return list;
  return [...list].sort((a, b) => compareFuzzy(dateOf(key, a)!, dateOf(key, b)!));
}
