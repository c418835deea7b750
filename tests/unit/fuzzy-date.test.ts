import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, daysBetween, fromDayNumber, isValidIsoDay } from "@/db/domain/calendar-day";
import { ACCEPTED_FORMS, FuzzyDateError, compareFuzzy, exactDay, formatFuzzyDate, formatWindow, isExact, midpoint, parseFuzzyDate, slippage, toFuzzyDate, tryParseFuzzyDate } from "@/db/domain/fuzzy-date";

const FIRST_DAY = dayNumber("1900-01-01");
const LAST_DAY = dayNumber("2100-12-31");
const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);

describe("parseFuzzyDate", () => {
  it.each([
    ["2025-04-30", "2025-04-30", "2025-04-30"],
    ["2024-02-29", "2024-02-29", "2024-02-29"],
    ["2025-04", "2025-04-01", "2025-04-30"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2025", "2025-01-01", "2025-12-31"],
    ["Q1 2026", "2026-01-01", "2026-03-31"],
    ["Q3 2026", "2026-07-01", "2026-09-30"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
    ["H1 2026", "2026-01-01", "2026-06-30"],
    ["2026-H2", "2026-07-01", "2026-12-31"],
    ["early 2026", "2026-01-01", "2026-04-30"],
    ["early-2026", "2026-01-01", "2026-04-30"],
    ["mid 2026", "2026-05-01", "2026-08-31"],
    ["mid-2026", "2026-05-01", "2026-08-31"],
    ["late 2026", "2026-09-01", "2026-12-31"],
    ["end of 2026", "2026-12-01", "2026-12-31"],
    ["end-2026", "2026-12-01", "2026-12-31"],
    ["start of 2026", "2026-01-01", "2026-01-31"],
    ["beginning of 2026", "2026-01-01", "2026-01-31"],
    ["2026-06~", "2026-05-01", "2026-07-31"],
    ["2026-06?", "2026-05-01", "2026-07-31"],
    ["2026-06%", "2026-05-01", "2026-07-31"],
    ["2026-01~", "2025-12-01", "2026-02-28"],
    ["2026-06-15~", "2026-06-12", "2026-06-18"],
    ["2026-01-01?", "2025-12-29", "2026-01-04"],
    ["2026~", "2025-01-01", "2027-12-31"],
    ["June 2026", "2026-06-01", "2026-06-30"],
    ["Jun 2026", "2026-06-01", "2026-06-30"],
    ["september 2026", "2026-09-01", "2026-09-30"],
    ["2026-05-01/2026-08-31", "2026-05-01", "2026-08-31"],
    ["2026-05/2026-08", "2026-05-01", "2026-08-31"],
    ["2025/2026", "2025-01-01", "2026-12-31"],
    ["1900", "1900-01-01", "1900-12-31"],
    ["2100-12-31", "2100-12-31", "2100-12-31"],
  ])("reads %s as %s..%s", (input, earliest, latest) => {
    expect(parseFuzzyDate(input)).toEqual({ earliest, latest, text: input });
  });

  it("ignores case and surrounding whitespace, keeping the trimmed wording", () => {
    expect(parseFuzzyDate("  MID-2026 \n")).toEqual({ earliest: "2026-05-01", latest: "2026-08-31", text: "MID-2026" });
    expect(parseFuzzyDate("q3   2026").earliest).toBe("2026-07-01");
  });

  it.each([
    "",
    "   ",
    "2025-02-30",
    "2025-02-29",
    "2025-13",
    "2025-00",
    "2025-04-31",
    "Q5 2026",
    "H3 2026",
    "1899",
    "2101",
    "2026-08/2026-05",
    "2026-05-10/2026-05-01",
    "2026/2026-03",
    "2026-05/",
    "2026/2027/2028",
    "someday",
    "constructor 2026",
    "mid 26",
    "20260430",
  ])("rejects %j", (input) => {
    expect(() => parseFuzzyDate(input)).toThrow(FuzzyDateError);
  });

  it("explains the accepted forms and truncates long input in the message", () => {
    const long = "x".repeat(100);
    const error = (() => {
      try {
        parseFuzzyDate(long);
      } catch (e) {
        return e as FuzzyDateError;
      }
    })();
    expect(error).toBeInstanceOf(FuzzyDateError);
    expect(error?.input).toBe(long);
    expect(error?.message).toBe(`Cannot read "${"x".repeat(40)}…" as a date. Accepted forms: ${ACCEPTED_FORMS.join(", ")}`);
    expect(error?.message).toContain("2026-05/2026-08 (range)");
  });

  it("property: every generated valid input parses to a window with earliest <= latest", () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const year = fc.integer({ min: 1900, max: 2100 });
    const month = fc.integer({ min: 1, max: 12 });
    const qualifier = fc.constantFrom("", "~", "?", "%");
    const single = fc.oneof(
      fc.tuple(anyDay, qualifier).map(([d, q]) => d + q),
      fc.tuple(year, month, qualifier).map(([y, m, q]) => `${y}-${pad(m)}${q}`),
      fc.tuple(year, qualifier).map(([y, q]) => `${y}${q}`),
      fc.tuple(fc.integer({ min: 1, max: 4 }), year).map(([q, y]) => `Q${q} ${y}`),
      fc.tuple(year, fc.constantFrom("H1", "H2", "Q2")).map(([y, p]) => `${y}-${p}`),
      fc.tuple(fc.constantFrom("early", "mid", "late", "end of", "start of", "Mid-", "June", "dec"), year).map(
        ([w, y]) => (w.endsWith("-") ? `${w}${y}` : `${w} ${y}`),
      ),
    );
    const range = fc.tuple(anyDay, anyDay).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`));
    fc.assert(
      fc.property(fc.oneof(single, range), (input) => {
        const d = parseFuzzyDate(input);
        expect(d.earliest <= d.latest).toBe(true);
        expect(isValidIsoDay(d.earliest) && isValidIsoDay(d.latest)).toBe(true);
        expect(d.text).toBe(input);
      }),
    );
  });

  it("property: arbitrary strings either parse or throw FuzzyDateError, never anything else", () => {
    const noise = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.stringMatching(/^[0-9QqHh~?%/ -]{0,14}$/),
    );
    fc.assert(
      fc.property(noise, (input) => {
        try {
          const d = parseFuzzyDate(input);
          expect(d.earliest <= d.latest).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(FuzzyDateError);
        }
        const result = tryParseFuzzyDate(input);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});

describe("tryParseFuzzyDate", () => {
  it("returns the value or the error message", () => {
    expect(tryParseFuzzyDate("2025")).toEqual({
      ok: true,
      value: { earliest: "2025-01-01", latest: "2025-12-31", text: "2025" },
    });
    const failed = tryParseFuzzyDate("soon");
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.error).toMatch(/^Cannot read "soon" as a date\. Accepted forms: 2025-04-30, /);
  });
});

describe("calendar arithmetic", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-03-01")).toBe(11017);
    expect(fromDayNumber(0)).toBe("1970-01-01");
    expect(fromDayNumber(-25567)).toBe("1900-01-01");
  });

  it("adds days across month, year and leap boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2025-04-30", "2026-11-26")).toBe(575);
    expect(daysBetween("2026-11-26", "2025-04-30")).toBe(-575);
  });

  it("validates calendar days", () => {
    expect(isValidIsoDay("2024-02-29")).toBe(true);
    expect(isValidIsoDay("2025-02-29")).toBe(false);
    expect(isValidIsoDay("1900-02-29")).toBe(false);
    expect(isValidIsoDay("2000-02-29")).toBe(true);
    expect(isValidIsoDay("2025-4-30")).toBe(false);
    expect(isValidIsoDay("2025-04-30T00:00:00Z")).toBe(false);
    expect(() => dayNumber("2025-02-30")).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });

  it("property: dayNumber and fromDayNumber round-trip over 1900–2100 and agree with Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (n) => {
        const iso = fromDayNumber(n);
        expect(isValidIsoDay(iso)).toBe(true);
        expect(dayNumber(iso)).toBe(n);
        expect(new Date(Date.UTC(1970, 0, 1 + n)).toISOString().slice(0, 10)).toBe(iso);
        expect(addDays(iso, 1) > iso).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the midpoint of a window, rounding down", () => {
    expect(midpoint({ earliest: "2026-05-01", latest: "2026-08-31" })).toBe("2026-07-01");
    expect(midpoint({ earliest: "2025-04-30", latest: "2025-04-30" })).toBe("2025-04-30");
    expect(midpoint({ earliest: "1960-01-01", latest: "1960-01-04" })).toBe("1960-01-02");
  });
});

describe("comparing and slippage", () => {
  it("orders by earliest, then latest", () => {
    const dates = ["2026", "mid-2026", "2025-04-30", "2026-01"].map(parseFuzzyDate);
    expect(dates.sort(compareFuzzy).map((d) => d.text)).toEqual(["2025-04-30", "2026-01", "2026", "mid-2026"]);
    expect(compareFuzzy(parseFuzzyDate("2026"), parseFuzzyDate("2026~"))).toBeGreaterThan(0);
    expect(compareFuzzy(parseFuzzyDate("2026"), parseFuzzyDate("2026"))).toBe(0);
  });

  it("measures slippage as a range of days", () => {
    const planned = parseFuzzyDate("mid-2026");
    expect(slippage(planned, exactDay("2026-09-30"))).toEqual({ minDays: 30, maxDays: 152 });
    expect(slippage(exactDay("2025-04-30"), exactDay("2025-04-30"))).toEqual({ minDays: 0, maxDays: 0 });
    expect(slippage(planned, parseFuzzyDate("late 2026"))).toEqual({ minDays: 1, maxDays: 244 });
  });

  it("property: slippage min <= max", () => {
    const window = fc.tuple(anyDay, anyDay).map(([a, b]) => (a <= b ? { earliest: a, latest: b } : { earliest: b, latest: a }));
    fc.assert(
      fc.property(window, window, (planned, actual) => {
        const s = slippage(planned, actual);
        expect(s.minDays).toBeLessThanOrEqual(s.maxDays);
      }),
    );
  });
});

describe("building and formatting", () => {
  it("builds exact days and stored windows", () => {
    expect(exactDay("2025-04-30")).toEqual({ earliest: "2025-04-30", latest: "2025-04-30", text: "2025-04-30" });
    expect(() => exactDay("2025-02-30")).toThrow(FuzzyDateError);
    expect(isExact(exactDay("2025-04-30"))).toBe(true);
    expect(isExact(parseFuzzyDate("2025-04"))).toBe(false);
    expect(toFuzzyDate("2026-05-01", "2026-08-31", " mid-2026 ")).toEqual(parseFuzzyDate("mid-2026"));
    expect(() => toFuzzyDate("2026-08-31", "2026-05-01", "mid-2026")).toThrow(FuzzyDateError);
    expect(() => toFuzzyDate("2026-02-30", "2026-05-01", "x")).toThrow(FuzzyDateError);
  });

  it("formats windows", () => {
    expect(formatWindow(exactDay("2025-04-30"))).toBe("30 Apr 2025");
    expect(formatWindow(parseFuzzyDate("mid-2026"))).toBe("May – Aug 2026");
    expect(formatWindow(parseFuzzyDate("2026-01~"))).toBe("Dec 2025 – Feb 2026");
    expect(formatWindow(parseFuzzyDate("2025-11"))).toBe("Nov 2025");
    expect(formatWindow(parseFuzzyDate("2025"))).toBe("2025");
    expect(formatWindow(parseFuzzyDate("2025~"))).toBe("2024 – 2026");
    expect(formatWindow(parseFuzzyDate("2025-04-30~"))).toBe("27 Apr – 3 May 2025");
    expect(formatWindow({ earliest: "2026-06-01", latest: "2026-06-15" })).toBe("1 Jun – 15 Jun 2026");
    expect(formatWindow({ earliest: "2026-06-09", latest: "2026-06-09" })).toBe("9 Jun 2026");
  });

  it("labels a date by its wording unless it is a plain day", () => {
    expect(formatFuzzyDate(exactDay("2025-04-30"))).toBe("30 Apr 2025");
    expect(formatFuzzyDate(parseFuzzyDate("mid-2026"))).toBe("mid-2026");
    expect(formatFuzzyDate(parseFuzzyDate("2025-04-30~"))).toBe("2025-04-30~");
    expect(formatFuzzyDate(toFuzzyDate("2026-05-01", "2026-08-31", ""))).toBe("May – Aug 2026");
    expect(formatFuzzyDate(parseFuzzyDate("2025-11"))).toBe("Nov 2025");
    expect(formatFuzzyDate(parseFuzzyDate("2025"))).toBe("2025");
  });
});
