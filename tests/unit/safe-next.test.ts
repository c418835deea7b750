/* Where sign-in may send the user on: this site only, however the address is spelled (db/auth/safe-next.ts). */
import { describe, expect, it } from "vitest";
import { safeNext } from "@/db/auth/safe-next";

describe("the page after sign-in", () => {
  it.each([
    "/\t/evil.test/x",
    "/\n/evil.test",
    "/\r/evil.test",
    "//evil.test",
    "/\\evil.test",
    "\\\\evil.test",
    "\\/evil.test",
    "/\t\\evil.test",
    "https://evil.test/x",
    "https:evil.test",
    "javascript:alert(1)",
    "/.//evil.test",
    "///evil.test",
    " //evil.test",
  ])("%j stays on this site", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it.each([
    ["/projects/tumen-road-bridge", "/projects/tumen-road-bridge"],
    ["/projects/x?asOf=2025-06-01#chart", "/projects/x?asOf=2025-06-01#chart"],
    ["/%2F%2Fevil.test", "/%2F%2Fevil.test"],
    ["projects/x", "/projects/x"],
    ["/a\tb", "/ab"],
    // Relative to a page of this site, as a browser would read it.
    ["http:evil.test", "/evil.test"],
  ])("%j goes to %j", (next, path) => {
    expect(safeNext(next)).toBe(path);
  });

  it("is the project list when absent", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext("")).toBe("/");
  });
});
