/*
 * CSV in RFC 4180: a header row, then one row per record, fields separated by commas and
 * lines by CRLF; a field holding a comma, a quote or a line break is quoted, its quotes doubled.
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula, so text starting with one of those is written with a leading apostrophe; numbers
 * are ours, never a formula, and stay as they are so a spreadsheet still reads them as numbers.
 */

export type Cell = string | number | boolean | null;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => Cell;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field as written: guarded against formulas, quoted when it must be. */
export function csvField(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole document: the header row and a row for each record, each line ended by CRLF. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvField(c.header)), ...rows.map((row) => columns.map((c) => csvField(c.value(row))))];
  return lines.map((fields) => `${fields.join(",")}\r\n`).join("");
}
