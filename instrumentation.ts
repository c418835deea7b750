/*
 * Next calls register() once per server process, before it serves requests. The database is
 * opened at start rather than on the first request, so migrations and the seed run at start
 * and a folder locked by another process stops `npm start` with the reason. It is not awaited:
 * Next finishes starting while PGlite opens, and early requests wait for the same open.
 * `next build` also loads this file: it must not open the database (PGlite allows one process
 * per folder, and a build has no business creating one).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { openAtServerStart } = await import("./db/client");
  openAtServerStart();
}
