import "server-only";
import { and, eq } from "drizzle-orm";
import type { Queryable, Tx } from "@/lib/db/connect";
import { memberships } from "@/lib/db/schema";
import type { Role } from "@/lib/auth/permissions";

/**
 * The actor's approved membership of a store, read from the database (never a
 * token claim): a removed or rejected member gets null at once. Inside a
 * decision it is read in the decision's transaction, locked, so a concurrent
 * removal cannot slip between the check and the change. It takes a `Tx`, not
 * the pool: FOR SHARE outside a transaction ends with the statement and
 * locks nothing, so the type makes every caller open one first.
 */
export async function actorMembership(tx: Tx, storeId: string, userId: string): Promise<{ role: Role } | null> {
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.storeId, storeId), eq(memberships.userId, userId), eq(memberships.status, "approved")))
    .for("share");
  return row ?? null;
}

/** Any membership of the user in the store, whatever its status (for the "why can't I enter" page). */
export async function findMembership(database: Queryable, storeId: string, userId: string) {
  const [row] = await database
    .select({ role: memberships.role, status: memberships.status, decisionReason: memberships.decisionReason })
    .from(memberships)
    .where(and(eq(memberships.storeId, storeId), eq(memberships.userId, userId)))
    .limit(1);
  return row ?? null;
}
