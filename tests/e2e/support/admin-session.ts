/*
 * A `test` whose workers sign the admin in once and reuse the session (sign-in attempts are rate
 * limited): a spec opts in with `test.use({ storageState: ({ adminStorageState }, provide) => provide(adminStorageState) })`.
 */
import path from "node:path";
import { test as base } from "@playwright/test";
import { ADMIN, signIn } from "./auth";

/** `label` keeps each spec's stored session apart. */
export function testWithAdminSession(label: string) {
  return base.extend<object, { adminStorageState: string }>({
    adminStorageState: [
      async ({ browser }, provide, workerInfo) => {
        const file = path.join(workerInfo.project.outputDir, `.auth/${label}-admin-${workerInfo.workerIndex}.json`);
        const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
        await signIn(await context.newPage(), ADMIN);
        await context.storageState({ path: file });
        await context.close();
        await provide(file);
      },
      { scope: "worker" },
    ],
  });
}
