/*
 * A second start on an existing data folder (already migrated and seeded): from spawning
 * `npm start` to the first 200 of a shared view. The build must already exist: it is not counted.
 */
import { createBenchLink } from "./bench-db";
import { startServer, type DataFolder, type Measurement } from "./server";
import { figure, summarize } from "./stats";

const RESTARTS = 3;
const GOAL_MS = 2000;

export const restartTime: Measurement<DataFolder> = {
  key: "restart",
  title: `Restart: spawn to the first 200 of a shared view (${RESTARTS} restarts, median)`,
  async run({ dataDir, env }) {
    const { token } = await createBenchLink({ dataDir });
    const samples: number[] = [];
    for (let i = 0; i < RESTARTS; i++) {
      const server = await startServer({ dataDir, env, readyPath: `/s/${token}`, pollMs: 20 });
      await server.stop();
      if (server.built) throw new Error("npm start rebuilt on restart: the figure would include a build");
      samples.push(server.startupMs);
      console.log(`    restart ${i + 1}: ${(server.startupMs / 1000).toFixed(2)} s`);
    }
    const { p50, max } = summarize(samples);
    figure({ key: "restart.median", label: "restart to the first shared view: median", value: p50 / 1000, unit: "s", goal: { met: p50 <= GOAL_MS, text: `≤ ${GOAL_MS / 1000} s` } });
    figure({ key: "restart.worst", label: "restart: worst", value: max / 1000, unit: "s" });
  },
};
