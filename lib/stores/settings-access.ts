import "server-only";
import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { can } from "@/lib/auth/permissions";
import { PLANS, type Plan } from "@/lib/plans/plans";
import { requireMember } from "@/lib/access/edges";

/**
 * The guard every store settings page calls itself (the layout is not
 * enough): an approved member whose role may read settings, or a 404 as if
 * the page did not exist. `canWrite` decides whether the page offers changes;
 * the actions check `settings:write` again on the server.
 */
export async function requireSettingsReader(slug: string) {
  const access = await requireMember(slug, "settings:read");
  const [row] = await db().select({ plan: stores.plan }).from(stores).where(eq(stores.id, access.store.id)).limit(1);
  if (!row) notFound();
  const plan: Plan = PLANS[row.plan];
  return { store: access.store, user: access.user, role: access.role, plan, canWrite: can(access.role, "settings:write") };
}

/** The store's plan, read now (actions check features against it). */
export async function storePlan(storeId: string): Promise<Plan> {
  const [row] = await db().select({ plan: stores.plan }).from(stores).where(eq(stores.id, storeId)).limit(1);
  return PLANS[row?.plan ?? "basic"];
}
