import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";

/** Active stores for the landing page, newest first. A platform-table read. */
export async function listActiveStores(limit = 24) {
  return db()
    .select({ slug: stores.slug, name: stores.name, theme: stores.theme })
    .from(stores)
    .where(eq(stores.status, "active"))
    .orderBy(desc(stores.createdAt), asc(stores.slug))
    .limit(limit);
}
