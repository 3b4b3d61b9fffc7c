import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { products, stores } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";

/** Active stores for the landing page, newest first. A platform-table read. */
export async function listActiveStores(limit = 24) {
  return db()
    .select({ slug: stores.slug, name: stores.name, theme: stores.theme })
    .from(stores)
    .where(eq(stores.status, "active"))
    .orderBy(desc(stores.createdAt), asc(stores.slug))
    .limit(limit);
}

/** A store's active products for its storefront home. */
export async function listStorefrontProducts(storeId: string, limit = 48) {
  return withTenant(db(), storeId, (tx) =>
    tx
      .select({
        id: products.id,
        handle: products.handle,
        title: products.title,
        description: products.description,
        priceCents: products.priceCents,
        stock: products.stock,
        imagePath: products.imagePath,
      })
      .from(products)
      .where(and(eq(products.tenantId, storeId), eq(products.status, "active")))
      .orderBy(desc(products.createdAt), asc(products.id))
      .limit(limit),
  );
}
