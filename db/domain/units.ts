/*
 * Units as outlets write them ("1.2 km", "1,200 metres", "USD 18 million", "4 lanes"), read
 * into something that compares: a dimension, and a factor to that dimension's base unit.
 *
 * - Two amounts compare only within one dimension. Each currency is its own dimension
 *   ("currency:USD"), because no exchange rate is fair to every reader and date.
 * - "thousand", "million" ("mn", "mln", "m") and "billion" ("bn", "bln") are read only next to a
 *   currency, so "m" alone stays a metre.
 * - A word this module does not know is a counted thing, "word:<word>", with a plural "s"
 *   dropped, so "lanes" compares with "lane" and with nothing else.
 * - No unit at all is a plain count.
 */

export interface UnitInfo {
  dimension: string;
  /** factor to the dimension's base unit */
  toBase: number;
  /** base unit symbol: "m", "m²", "m³", "t", "USD", ... or the counted word */
  base: string;
  /** the unit as written, tidied ("km", "m", "lanes") */
  display: string;
}

type Measure = [dimension: string, base: string, display: string, toBase: number, names: string[]];

// A trailing "(s)" stands for the name and its plural.
const MEASURES: Measure[] = [
  ["length", "m", "m", 1, ["m", "metre(s)", "meter(s)"]],
  ["length", "m", "km", 1000, ["km", "kilometre(s)", "kilometer(s)"]],
  ["length", "m", "cm", 0.01, ["cm", "centimetre(s)", "centimeter(s)"]],
  ["length", "m", "mm", 0.001, ["mm", "millimetre(s)", "millimeter(s)"]],
  ["length", "m", "ft", 0.3048, ["ft", "foot", "feet"]],
  ["length", "m", "yd", 0.9144, ["yd", "yard(s)"]],
  ["length", "m", "mi", 1609.344, ["mi", "mile(s)"]],
  ["area", "m²", "m²", 1, ["m2", "m²", "sq m", "sqm", "square metre(s)", "square meter(s)"]],
  ["area", "m²", "km²", 1e6, ["km2", "km²", "sq km", "square kilometre(s)", "square kilometer(s)"]],
  ["area", "m²", "ha", 1e4, ["ha", "hectare(s)"]],
  ["volume", "m³", "m³", 1, ["m3", "m³", "cu m", "cubic metre(s)", "cubic meter(s)"]],
  ["mass", "t", "kg", 0.001, ["kg", "kilogram(s)", "kilogramme(s)"]],
  ["mass", "t", "t", 1, ["t", "tonne(s)", "metric ton(s)", "metric tonne(s)"]],
  ["speed", "km/h", "km/h", 1, ["km/h", "kph", "kmh", "km per hour", "kilometres per hour"]],
  ["speed", "km/h", "mph", 1.609344, ["mph", "miles per hour"]],
];

const CURRENCIES: [code: string, names: string[]][] = [
  ["USD", ["usd", "$", "us$", "dollar(s)", "us dollar(s)"]],
  ["EUR", ["eur", "€", "euro(s)"]],
  ["RUB", ["rub", "₽", "rouble(s)", "ruble(s)"]],
  ["CNY", ["cny", "yuan", "rmb"]],
  // Plain "won" is left unread: on a North Korean project it may be either won, and the two never compare.
  ["KRW", ["krw", "south korean won"]],
  ["KPW", ["kpw", "north korean won"]],
];

const MULTIPLIERS: [word: string, factor: number, names: string[]][] = [
  ["thousand", 1e3, ["thousand"]],
  ["million", 1e6, ["million", "mn", "mln", "m"]],
  ["billion", 1e9, ["billion", "bn", "bln"]],
];

const spellings = (names: string[]) =>
  names.flatMap((n) => (n.endsWith("(s)") ? [n.slice(0, -3), `${n.slice(0, -3)}s`] : [n]));

const MEASURE_BY_NAME = new Map<string, UnitInfo>(
  MEASURES.flatMap(([dimension, base, display, toBase, names]) =>
    spellings(names).map((n) => [n, { dimension, toBase, base, display }] as const),
  ),
);
const CURRENCY_BY_NAME = new Map(CURRENCIES.flatMap(([code, names]) => spellings(names).map((n) => [n, code] as const)));
const MULTIPLIER_BY_NAME = new Map(
  MULTIPLIERS.flatMap(([word, factor, names]) => names.map((n) => [n, { word, factor }] as const)),
);

// A symbol glued to its multiplier ("$m", "€bn") reads as the two words it abbreviates.
const GLUED_SYMBOL = /^(us\$|\$|€|₽)(?=[a-z])/;

function readMoney(key: string): UnitInfo | null {
  const words = key.replace(GLUED_SYMBOL, "$1 ").split(" ");
  const before = MULTIPLIER_BY_NAME.get(words[0] ?? "");
  const after = words.length > 1 ? MULTIPLIER_BY_NAME.get(words.at(-1) ?? "") : undefined;
  if (before && after) return null;
  const code = CURRENCY_BY_NAME.get(words.slice(before ? 1 : 0, after ? -1 : undefined).join(" "));
  if (!code) return null;
  const multiplier = before ?? after;
  return {
    dimension: `currency:${code}`,
    toBase: multiplier?.factor ?? 1,
    base: code,
    display: multiplier ? `${multiplier.word} ${code}` : code,
  };
}

const singular = (word: string) => (word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word);

export function readUnit(unit: string | null): UnitInfo {
  const display = (unit ?? "").trim().replace(/\s+/g, " ");
  // Dots only abbreviate ("sq. m", "km."), so they are dropped before looking a unit up.
  const key = display.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
  if (key === "") return { dimension: "count", toBase: 1, base: "", display: "" };
  const known = MEASURE_BY_NAME.get(key) ?? readMoney(key);
  if (known) return known;
  const word = singular(key);
  return { dimension: `word:${word}`, toBase: 1, base: word, display };
}

export const toBase = (value: number, unit: UnitInfo): number => value * unit.toBase;

const MAX_DECIMALS = 3;

/** One formatter per number of decimals: making an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<number, Intl.NumberFormat>();
function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals);
  if (!formatter) formatters.set(decimals, (formatter = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals })));
  return formatter;
}

/**
 * At most three decimals, which also rounds away float noise (0.1 + 0.2 reads "0.3"); below 1
 * it keeps three significant digits instead, so 0.0005 does not read "0".
 */
export function formatNumber(n: number): string {
  const magnitude = Math.abs(n);
  const decimals =
    magnitude > 0 && magnitude < 1 ? Math.min(20, MAX_DECIMALS - 1 - Math.floor(Math.log10(magnitude))) : MAX_DECIMALS;
  // `n || 0` turns -0 into 0, which would otherwise read "-0".
  return formatterFor(decimals).format(n || 0);
}

export function formatValue(value: { low: number; high: number }, unit: string | null): string {
  const low = formatNumber(value.low);
  const high = formatNumber(value.high);
  const amount = low === high ? low : `${low}–${high}`;
  const { display } = readUnit(unit);
  return display ? `${amount} ${display}` : amount;
}
