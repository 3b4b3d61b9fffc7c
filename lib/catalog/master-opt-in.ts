import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import { createProduct } from "@/lib/catalog/products";
import type { Database } from "@/lib/db/connect";
import { isUniqueViolation } from "@/lib/db/errors";
import { products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { copyCatalogImageToStore } from "./master-images";
import { getMasterProduct, listMasterProducts } from "./master";
import type { OptInInput } from "./master-input";

/*
 * A store opting into the master catalog. Opt-in copies the master product
 * into the store's own `products` (its own price, stock and status; draft by
 * default) through createProduct, which enforces the plan's product limit.
 * The copy keeps `master_product_id`; the unique index on (tenant_id,
 * master_product_id) makes a second opt-in fail even when two race.
 */

export type OptInResult =
  | { ok: true; productId: string; title: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const ALREADY = "Your store already has this product from the catalog.";

/** The store's own copy of a master product (its id), or null when the store never opted in. */
export async function findMasterCopy(database: Database, storeId: string, masterProductId: string): Promise<string | null> {
  const [copy] = await withTenant(database, storeId, (tx) =>
    tx.select({ id: products.id }).from(products).where(and(eq(products.tenantId, storeId), eq(products.masterProductId, masterProductId))).limit(1),
  );
  return copy?.id ?? null;
}

/** A page of the master catalog, each with this store's copy (if it opted in). */
export async function catalogForStore(database: Database, storeId: string, options: { page?: number; pageSize?: number } = {}) {
  const { rows, total } = await listMasterProducts(database, options);
  const ids = rows.map((r) => r.id);
  const copies = ids.length
    ? await withTenant(database, storeId, (tx) =>
        tx
          .select({ id: products.id, masterProductId: products.masterProductId, status: products.status, priceCents: products.priceCents, stock: products.stock })
          .from(products)
          .where(and(eq(products.tenantId, storeId), inArray(products.masterProductId, ids))),
      )
    : [];
  const byMaster = new Map(copies.map((c) => [c.masterProductId, c]));
  return { total, items: rows.map((master) => ({ master, copy: byMaster.get(master.id) ?? null })) };
}

export async function optIn(database: Database, actorUserId: string, storeId: string, input: OptInInput): Promise<OptInResult> {
  const master = await getMasterProduct(database, input.masterProductId);
  if (!master) return { ok: false, error: "That product is not in the catalog." };
  const [existing] = await withTenant(database, storeId, (tx) =>
    tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.tenantId, storeId), eq(products.masterProductId, master.id)))
      .limit(1),
  );
  if (existing) return { ok: false, error: ALREADY };
  const imagePath = await copyCatalogImageToStore(storeId, master.imagePath);
  try {
    const created = await createProduct(
      database,
      storeId,
      {
        title: master.title,
        handle: input.handle || master.handle,
        description: master.description,
        priceCents: input.priceCents,
        stock: input.stock,
        status: input.status,
        masterProductId: master.id,
        imagePath,
      },
      { userId: actorUserId },
      (tx, row) =>
        recordAudit(tx, {
          storeId,
          actorUserId,
          action: "product.opted_in",
          targetType: "product",
          targetId: row.id,
          data: { masterProductId: master.id, handle: row.handle, priceCents: row.priceCents, stock: row.stock, status: row.status },
        }),
    );
    if (!created.ok) {
      const fieldErrors = created.fieldErrors?.handle ? { handle: [`${created.fieldErrors.handle} Choose another handle for your copy.`] } : undefined;
      return { ok: false, error: created.error, fieldErrors };
    }
    return { ok: true, productId: created.value.id, title: created.value.title };
  } catch (err) {
    if (isUniqueViolation(err, "products_tenant_master_key")) return { ok: false, error: ALREADY };
    throw err;
  }
}
