import "server-only";
import { and, count, desc, eq, lt, ne, or, sql } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database, Tx } from "@/lib/db/connect";
import { products, stores } from "@/lib/db/schema";
import { isUniqueViolation } from "@/lib/db/errors";
import { cursorTimeSchema, cursorTimeSql } from "@/lib/db/keyset";
import { z } from "zod";
import { withTenant } from "@/lib/db/tenant";
import { PLANS } from "@/lib/plans/plans";
import type { ProductInput } from "./product-input";

/*
 * Product management for the store dashboard. Every function takes the store
 * id the caller resolved and checked, names it in each where clause, and runs
 * inside withTenant — so a product id from another store is simply "not
 * found", never touched.
 */

export type ProductRow = typeof products.$inferSelect;
export type MutationResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: string; fieldErrors?: Partial<Record<keyof ProductInput, string>> };

const HANDLE_TAKEN = { handle: "Another product in this store already uses this handle." };

/**
 * Locks the store row so concurrent creates count one after another: without
 * it, two requests at n-1 products would both see room and end at n+1.
 */
async function productsRoom(tx: Tx, storeId: string): Promise<{ used: number; limit: number }> {
  const [store] = await tx.select({ plan: stores.plan }).from(stores).where(eq(stores.id, storeId)).for("update");
  if (!store) throw new Error("store not found");
  const [row] = await tx
    .select({ n: count() })
    .from(products)
    .where(and(eq(products.tenantId, storeId), ne(products.status, "archived")));
  return { used: row?.n ?? 0, limit: PLANS[store.plan].limits.products };
}

/** What a product is created from: the member's input, plus its origin when it is copied from the master catalog. */
export type NewProduct = ProductInput & Partial<Pick<ProductRow, "masterProductId" | "imagePath">>;

/** Who changed a product: every mutation records it in the audit log, in its own transaction. */
export type ProductActor = { userId: string | null };

function audit(tx: Tx, storeId: string, actor: ProductActor, action: string, row: Pick<ProductRow, "id" | "handle">, data?: Record<string, unknown>) {
  return recordAudit(tx, { storeId, actorUserId: actor.userId, action, targetType: "product", targetId: row.id, data: { handle: row.handle, ...data } });
}

/** `onCreated` runs in the same transaction (e.g. the audit entry of an opt-in), so both commit or neither does. */
export async function createProduct(
  database: Database,
  storeId: string,
  input: NewProduct,
  actor: ProductActor,
  onCreated?: (tx: Tx, row: ProductRow) => Promise<void>,
): Promise<MutationResult<ProductRow>> {
  try {
    return await withTenant(database, storeId, async (tx) => {
      const { used, limit } = await productsRoom(tx, storeId);
      if (used >= limit) {
        return { ok: false as const, error: `Your plan allows ${limit} products and the store has ${used}. Archive a product or upgrade the plan.` };
      }
      const [row] = await tx.insert(products).values({ ...input, tenantId: storeId }).returning();
      await audit(tx, storeId, actor, "product.created", row!, { status: row!.status, priceCents: row!.priceCents });
      await onCreated?.(tx, row!);
      return { ok: true as const, value: row! };
    });
  } catch (err) {
    if (isUniqueViolation(err, "products_tenant_handle_key")) return { ok: false, error: "Check the highlighted field.", fieldErrors: HANDLE_TAKEN };
    throw err;
  }
}

export async function updateProduct(
  database: Database,
  storeId: string,
  productId: string,
  input: ProductInput,
  actor: ProductActor,
): Promise<MutationResult<ProductRow>> {
  try {
    return await withTenant(database, storeId, async (tx) => {
      const [row] = await tx
        .update(products)
        .set({ ...input, updatedAt: new Date() })
        .where(and(eq(products.tenantId, storeId), eq(products.id, productId)))
        .returning();
      if (!row) return { ok: false as const, error: "That product does not exist in this store." };
      await audit(tx, storeId, actor, "product.updated", row, { status: row.status, priceCents: row.priceCents, stock: row.stock });
      return { ok: true as const, value: row };
    });
  } catch (err) {
    if (isUniqueViolation(err, "products_tenant_handle_key")) return { ok: false, error: "Check the highlighted field.", fieldErrors: HANDLE_TAKEN };
    throw err;
  }
}

export async function setProductImage(database: Database, storeId: string, productId: string, imagePath: string | null, actor: ProductActor) {
  return withTenant(database, storeId, async (tx) => {
    const [row] = await tx
      .update(products)
      .set({ imagePath, updatedAt: new Date() })
      .where(and(eq(products.tenantId, storeId), eq(products.id, productId)))
      .returning({ id: products.id, handle: products.handle });
    if (row) await audit(tx, storeId, actor, "product.image_set", row, { imagePath });
    return !!row;
  });
}

/** Archived products leave the storefront and stop counting against the plan; orders keep their lines. */
export async function archiveProduct(database: Database, storeId: string, productId: string, actor: ProductActor): Promise<MutationResult<ProductRow>> {
  return withTenant(database, storeId, async (tx) => {
    const [row] = await tx
      .update(products)
      .set({ status: "archived", updatedAt: new Date() })
      .where(and(eq(products.tenantId, storeId), eq(products.id, productId), ne(products.status, "archived")))
      .returning();
    if (!row) return { ok: false as const, error: "That product does not exist in this store or is already archived." };
    await audit(tx, storeId, actor, "product.archived", row);
    return { ok: true as const, value: row };
  });
}

export async function getProduct(database: Database, storeId: string, productId: string): Promise<ProductRow | null> {
  return withTenant(database, storeId, async (tx) => {
    const [row] = await tx.select().from(products).where(and(eq(products.tenantId, storeId), eq(products.id, productId)));
    return row ?? null;
  });
}

/**
 * created_at as PostgreSQL prints it (microseconds): a JS Date keeps only
 * milliseconds, and a cursor rounded to them skips or repeats rows.
 */
export type ProductCursor = { createdAt: string; id: string };

/** Newest first, keyset-paginated on (created_at, id) so pages stay stable while products change. */
export async function listProducts(
  database: Database,
  storeId: string,
  options: { status?: ProductRow["status"]; after?: ProductCursor; limit?: number } = {},
) {
  const limit = Math.min(Math.max(options.limit ?? 25, 1), 100);
  // A cursor from a URL may be tampered with: an invalid one means page one.
  const after = options.after && cursorTimeSchema.safeParse(options.after.createdAt).success && z.uuid().safeParse(options.after.id).success ? options.after : undefined;
  return withTenant(database, storeId, async (tx) => {
    const rows = await tx
      .select({ product: products, cursorAt: cursorTimeSql(products.createdAt) })
      .from(products)
      .where(
        and(
          eq(products.tenantId, storeId),
          options.status ? eq(products.status, options.status) : undefined,
          after
            ? or(
                sql`${products.createdAt} < ${after.createdAt}::timestamptz`,
                and(sql`${products.createdAt} = ${after.createdAt}::timestamptz`, lt(products.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(products.createdAt), desc(products.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next: ProductCursor | null = rows.length > limit && last ? { createdAt: last.cursorAt, id: last.product.id } : null;
    return { products: page.map((r) => r.product), next };
  });
}

/** Active products and the plan's limit: the "8 / 10 products" counter. */
export async function productUsage(database: Database, storeId: string) {
  return withTenant(database, storeId, async (tx) => {
    const [store] = await tx.select({ plan: stores.plan }).from(stores).where(eq(stores.id, storeId));
    const [row] = await tx
      .select({ n: count() })
      .from(products)
      .where(and(eq(products.tenantId, storeId), ne(products.status, "archived")));
    return { used: row?.n ?? 0, limit: store ? PLANS[store.plan].limits.products : 0 };
  });
}

export { LOW_STOCK } from "@/lib/db/schema/tenant";

/** Active products low on stock (LOW_STOCK or fewer), fewest first, for the dashboard overview. */
export async function lowStockProducts(database: Database, storeId: string, limit = 10) {
  return withTenant(database, storeId, (tx) =>
    tx
      .select({ id: products.id, title: products.title, stock: products.stock, handle: products.handle })
      .from(products)
      // Written out, not as parameters: the partial index's predicate must be
      // proven from the statement's text, and a prepared statement's generic
      // plan knows nothing of a parameter's value.
      .where(and(eq(products.tenantId, storeId), sql`${products.status} = 'active' and ${products.lowStock}`))
      .orderBy(products.stock, products.title)
      .limit(limit),
  );
}
