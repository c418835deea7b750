import { describe, expect, it } from "vitest";
import { embedSnippet } from "@/app/(workspace)/projects/[slug]/share/embed-code";

const TOKEN = "qc1xh0IJwTmLpgBhX9jq8wpu5XOJID73vXPmwxTpEvM";

describe("the embed code of a share link", () => {
  it("frames the link's compact embed at 600×400, lazily, sending no referrer", () => {
    expect(embedSnippet(`https://bridgewatch.example/s/${TOKEN}`, "Tumen bridge: progress")).toBe(
      `<iframe src="https://bridgewatch.example/s/${TOKEN}/embed" width="600" height="400" title="Tumen bridge: progress" loading="lazy" referrerpolicy="no-referrer" style="border:0"></iframe>`,
    );
    expect(embedSnippet(` http://127.0.0.1:3000/s/${TOKEN}/ `, "x")).toContain(`src="http://127.0.0.1:3000/s/${TOKEN}/embed"`);
  });

  it("escapes the title, which comes from the project's name", () => {
    expect(embedSnippet(`https://b.example/s/${TOKEN}`, `"><script>&`)).toContain(`title="&quot;>&lt;script>&amp;"`);
  });

  it.each([
    "",
    `https://b.example/s/${TOKEN.slice(1)}`,
    `https://b.example/s/${TOKEN}/embed`,
    `https://b.example/s/${TOKEN}?asOf=2025-01-01`,
    `javascript:alert(1)//s/${TOKEN}`,
    `https://b.example/projects/x`,
    `https://b.example" onload="x/s/${TOKEN}`,
    `https://b.example"x/s/${TOKEN}`,
  ])("gives none for %j, which is not a share URL", (url) => {
    expect(embedSnippet(url, "x")).toBeNull();
  });
});
