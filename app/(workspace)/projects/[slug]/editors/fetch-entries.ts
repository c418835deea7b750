import type { ChangeData } from "@/db/dashboard-data";

/** The audit entries a workspace route answers with (`{ entries }`); an error names what could not be loaded. */
export async function fetchEntries(url: string, what: string, signal: AbortSignal): Promise<ChangeData[]> {
  const response = await fetch(url, { signal, cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`Could not load ${what} (HTTP ${response.status}).`);
  return ((await response.json()) as { entries: ChangeData[] }).entries;
}
