import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/lib/db/connect";
import { memberships, stores } from "@/lib/db/schema";

/** Every store the user owns, belongs to or asked to join, with both statuses and any reason given. */
export async function listMyStores(database: Queryable, userId: string) {
  return database
    .select({
      slug: stores.slug,
      name: stores.name,
      storeStatus: stores.status,
      storeReason: stores.statusReason,
      role: memberships.role,
      status: memberships.status,
      reason: memberships.decisionReason,
      requestedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(stores, eq(stores.id, memberships.storeId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(stores.name));
}

export type MyStore = Awaited<ReturnType<typeof listMyStores>>[number];

/** A store the user can enter now: approved membership of an active store. */
export const canEnter = (s: MyStore) => s.status === "approved" && s.storeStatus === "active";
