/* "Cite this view": the project, the day it is judged as of, the address and the day it was read. */
import { describe, expect, it } from "vitest";
import { citationText, citedUrl } from "@/components/dashboard/cite-view";

describe("a citation of a view", () => {
  const url = "https://bridgewatch.example/s/abc?asOf=2025-06-30";

  it("names the project, the as-of day in words, the address and the day of access", () => {
    expect(citationText({ projectName: "Tumen road bridge", asOf: "2025-06-30", today: "2025-06-30", url, accessed: "2026-12-02" })).toBe(
      "Tumen road bridge. Bridgewatch, as of 30 Jun 2025. https://bridgewatch.example/s/abc?asOf=2025-06-30 (accessed 2 Dec 2026).",
    );
  });

  it("cites today's view as the record stood that day, so that the address shows later what was cited; never doubles a full stop", () => {
    expect(citationText({ projectName: "Example crossing.", asOf: null, today: "2026-12-02", url: "https://h/p", accessed: "2026-12-02" })).toBe(
      "Example crossing. Bridgewatch, as of 2 Dec 2026. https://h/p?asOf=2026-12-02&mode=recorded (accessed 2 Dec 2026).",
    );
  });

  it("keeps an earlier day's address as it is, in either mode", () => {
    const recorded = "https://h/s/abc?asOf=2025-06-30&mode=recorded";
    expect(citationText({ projectName: "X", asOf: "2025-06-30", today: "2025-06-30", url: recorded, accessed: "2026-12-02" })).toContain(` ${recorded} `);
  });

  it("pins the view's path as the server writes it before the browser knows the origin", () => {
    expect(citedUrl("/s/abc", { asOf: null, today: "2026-12-02" })).toBe("/s/abc?asOf=2026-12-02&mode=recorded");
    expect(citedUrl("/s/abc?asOf=2025-06-30", { asOf: "2025-06-30", today: "2026-12-02" })).toBe("/s/abc?asOf=2025-06-30");
  });
});
