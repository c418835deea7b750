/*
 * A shared link pasted into a chat app or a post: what the link-preview bots may fetch
 * (robots.txt), what they find (the unfurl tags, an absolute preview image, the icons), and that
 * the page still keeps itself out of search. Each bot is asked the way it asks: its User-Agent,
 * no cookie, and its own Accept header or none.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInCookie } from "./support/accounts";
import { actionNamed, pagePathOf } from "./support/built-actions";
import { callAction } from "./support/action-call";
import { ADMIN } from "./support/auth";
import { SyntheticProject } from "./support/synthetic-project";

const run = Date.now().toString(36);
let api: APIRequestContext;
let project: SyntheticProject;
let sharePath: string;

const BOTS: { name: string; userAgent: string; robotsName: string; accept?: string }[] = [
  { name: "X/Twitter", userAgent: "Twitterbot/1.0", robotsName: "Twitterbot" },
  { name: "Facebook and WhatsApp", userAgent: "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", robotsName: "facebookexternalhit", accept: "*/*" },
  { name: "Slack", userAgent: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", robotsName: "Slackbot" },
  { name: "Discord", userAgent: "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", robotsName: "Discordbot", accept: "text/html" },
];

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  const admin = await signInCookie(browser, baseURL!, ADMIN);
  project = await SyntheticProject.create(api, admin, `unfurl-${run}`);
  await project.addPlan();
  const action = actionNamed("createShareLink");
  const response = await callAction(api, { id: action.id, args: [{ projectSlug: project.slug, label: `unfurl ${run}`, expires: "1h" }], cookie: admin, path: pagePathOf(action, { slug: project.slug }) });
  sharePath = new URL((response.result as { data: { url: string } }).data.url).pathname;
});

test.afterAll(async () => {
  await api?.dispose();
});

/** Whether robots.txt lets `agent` fetch `path`: the longest matching rule of its group (or "*") wins, Allow on a tie. */
function robotsAllow(robots: string, agent: string, path: string): boolean {
  const groups = new Map<string, { allow: boolean; prefix: string }[]>();
  let current: string[] = [];
  let inRules = false;
  for (const raw of robots.split("\n")) {
    const [key = "", ...rest] = raw.split("#")[0]!.split(":");
    const value = rest.join(":").trim();
    const field = key.trim().toLowerCase();
    if (field === "user-agent") {
      if (inRules) current = [];
      inRules = false;
      current.push(value.toLowerCase());
      for (const name of current) if (!groups.has(name)) groups.set(name, []);
    } else if (field === "allow" || field === "disallow") {
      inRules = true;
      if (value) for (const name of current) groups.get(name)!.push({ allow: field === "allow", prefix: value });
    }
  }
  const rules = groups.get(agent.toLowerCase()) ?? groups.get("*") ?? [];
  const matching = rules.filter((r) => path.startsWith(r.prefix)).sort((a, b) => b.prefix.length - a.prefix.length || Number(b.allow) - Number(a.allow));
  return matching[0]?.allow ?? true;
}

const metaOf = (html: string, key: string) =>
  new RegExp(`<meta[^>]+(?:property|name)="${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]+content="([^"]*)"`).exec(html)?.[1];

for (const bot of BOTS) {
  test(`${bot.name} may fetch the shared view and finds a card to show, but no page to index`, async ({ baseURL }) => {
    const headers: Record<string, string> = { "User-Agent": bot.userAgent };
    if (bot.accept) headers.Accept = bot.accept;
    const robots = await (await api.get("/robots.txt", { headers })).text();
    expect(robotsAllow(robots, bot.robotsName, sharePath), `robots.txt lets ${bot.robotsName} fetch ${sharePath}`).toBe(true);
    expect(robotsAllow(robots, bot.robotsName, `${sharePath}/opengraph-image`)).toBe(true);

    const page = await api.get(sharePath, { headers, maxRedirects: 0 });
    expect(page.status()).toBe(200);
    expect(page.headers()["x-robots-tag"]).toContain("noindex");
    const html = await page.text();
    expect(metaOf(html, "robots")).toContain("noindex");
    expect(metaOf(html, "og:title")).toBe(project.name);
    expect(metaOf(html, "og:url")).toBe(`${baseURL}${sharePath}`);
    expect(metaOf(html, "twitter:card")).toBe("summary_large_image");
    expect(metaOf(html, "og:description")).toBeTruthy();
    for (const key of ["og:image", "twitter:image"]) {
      const image = metaOf(html, key)!;
      expect(image, key).toMatch(new RegExp(`^${baseURL}${sharePath}/`));
      const fetched = await api.get(image, { headers });
      expect(fetched.status(), `${key} ${image}`).toBe(200);
      expect(fetched.headers()["content-type"]).toBe("image/png");
    }
  });
}

test("the icons are served to signed-out readers, and the page links them", async () => {
  const html = await (await api.get(sharePath)).text();
  const links = [...html.matchAll(/<link rel="(icon|apple-touch-icon)" href="([^"]+)"/g)].map((m) => ({ rel: m[1], href: m[2]!.replace(/&amp;/g, "&") }));
  expect(links.map((l) => l.rel).sort()).toEqual(expect.arrayContaining(["apple-touch-icon", "icon"]));
  for (const { href } of [...links, { href: "/favicon.ico" }, { href: "/icon.svg" }]) {
    const response = await api.get(href, { maxRedirects: 0 });
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
});
