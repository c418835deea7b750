/* Browsers cannot be downloaded here: a system Chromium is used (tests/e2e/ensure-chromium.sh). */
export const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
