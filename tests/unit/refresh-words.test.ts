import { describe, expect, it } from "vitest";
import { ageInWords, refreshFailureMessage, refreshFailureReason } from "@/components/dashboard/refresh-words";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe("ageInWords", () => {
  it.each([
    [0, "less than a minute"],
    [15 * SECOND, "less than a minute"],
    [59 * SECOND, "less than a minute"],
    [MINUTE, "1 minute"],
    [2 * MINUTE - 1, "1 minute"],
    [2 * MINUTE, "2 minutes"],
    [59 * MINUTE, "59 minutes"],
    [HOUR, "1 hour"],
    [23 * HOUR + 59 * MINUTE, "23 hours"],
    [24 * HOUR, "1 day"],
    [3 * 24 * HOUR + HOUR, "3 days"],
  ])("says %d ms is %j", (ms, words) => {
    expect(ageInWords(ms)).toBe(words);
  });

  it("treats a clock that went back, or no age at all, as less than a minute", () => {
    expect(ageInWords(-5 * MINUTE)).toBe("less than a minute");
    expect(ageInWords(Number.NaN)).toBe("less than a minute");
  });
});

describe("refreshFailureReason", () => {
  it("names a failure by what it means, never by a raw error", () => {
    expect(refreshFailureReason(null)).toBe("the server could not be reached");
    expect(refreshFailureReason(401)).toBe("you are no longer signed in");
    expect(refreshFailureReason(404)).toBe("this dashboard is no longer available");
    expect(refreshFailureReason(500)).toBe("the server had a problem");
    expect(refreshFailureReason(503)).toBe("the server had a problem");
  });

  it("gives an unexpected refusal its status, so it can be reported", () => {
    expect(refreshFailureReason(418)).toBe("the server refused the request (HTTP 418)");
  });
});

describe("refreshFailureMessage", () => {
  it("says what failed and how old the figures on screen are", () => {
    expect(refreshFailureMessage({ status: 500, ageMs: 3 * MINUTE + 10 * SECOND })).toBe(
      "Could not refresh: the server had a problem. Showing data from 3 minutes ago.",
    );
  });
});
