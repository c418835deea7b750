/*
 * The tables a project exports as CSV, by name: apart from how they are built (./csv-tables.ts),
 * so the dashboard's export links load only these names.
 */
export const CSV_TABLES = ["sources", "milestones", "forecasts", "reports", "events", "facts"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const isCsvTable = (name: string): name is CsvTable => (CSV_TABLES as readonly string[]).includes(name);

/** How a link names each table. */
export const CSV_TABLE_NAMES: Readonly<Record<CsvTable, string>> = {
  sources: "Sources",
  milestones: "Milestones",
  forecasts: "Completion forecasts",
  reports: "Progress reports",
  events: "Events",
  facts: "Project facts",
};
