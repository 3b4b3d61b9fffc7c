import "server-only";
import { and, asc, eq } from "drizzle-orm";
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

/** The id of the store `slug` when the user can enter it now (as canEnter), else null. */
export async function enterableStoreId(database: Queryable, userId: string, slug: string): Promise<string | null> {
  const [row] = await database
    .select({ storeId: stores.id })
    .from(memberships)
    .innerJoin(stores, eq(stores.id, memberships.storeId))
    .where(and(eq(stores.slug, slug), eq(stores.status, "active"), eq(memberships.userId, userId), eq(memberships.status, "approved")))
    .limit(1);
  return row?.storeId ?? null;
}
