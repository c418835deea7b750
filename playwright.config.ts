import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN } from "./tests/e2e/support/auth";
import { LAUNCH_OPTIONS as launchOptions } from "./tests/e2e/support/chromium";

const isCI = Boolean(process.env.CI);
const port = Number(process.env.PLAYWRIGHT_PORT || 3210);
const baseURL = `http://127.0.0.1:${port}`;

/*
 * The runner and every worker load this file. The runner makes the data folder once and
 * workers inherit it through the environment, so tests can find the server's database folder.
 */
const ownsDataDir = !process.env.BRIDGEWATCH_E2E_DATA_DIR;
process.env.BRIDGEWATCH_E2E_DATA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), "bridgewatch-e2e-"));
const dataDir = process.env.BRIDGEWATCH_E2E_DATA_DIR;
if (ownsDataDir && !process.env.TEST_WORKER_INDEX) {
  process.on("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 1 : 2,
  reporter: isCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // Builds only when .next is missing or older than the sources (db/bin/start.mjs).
    command: "npm start",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
    // start.mjs passes the signal on, so the server closes its database and unlocks the folder.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      // The specs play a reverse proxy: X-Forwarded-For tells their "clients" apart (security.spec.ts).
      TRUSTED_PROXY_HOPS: "1",
      // The first start creates this admin (instead of printing a random password).
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
  },
});
