/*
 * A user's visits to a project's dashboard: each one replaces the last, and answers with it, so
 * the dashboard can mark what changed since. Only the latest visit is kept; nothing is audited.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { projectVisits } from "../schema";
import { inTransaction } from "./transaction";

/** Records a visit at `now` and answers when the previous one was, or null for a first visit. */
export async function recordVisit(
  db: Db,
  { userId, projectId, now = new Date() }: { userId: string; projectId: string; now?: Date },
): Promise<Date | null> {
  return inTransaction(db, async (tx) => {
    const [previous] = await tx
      .select({ seenAt: projectVisits.seenAt })
      .from(projectVisits)
      .where(and(eq(projectVisits.userId, userId), eq(projectVisits.projectId, projectId)))
      .for("update");
    await tx
      .insert(projectVisits)
      .values({ userId, projectId, seenAt: now })
      .onConflictDoUpdate({ target: [projectVisits.userId, projectVisits.projectId], set: { seenAt: now } });
    return previous?.seenAt ?? null;
  });
}
