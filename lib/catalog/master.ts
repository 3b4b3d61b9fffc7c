import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/connect";
import { isUniqueViolation } from "@/lib/db/errors";
import { masterProducts } from "@/lib/db/schema";
import { withPlatform } from "@/lib/db/tenant";
import { idSchema } from "@/lib/commerce/validation";
import type { MasterProductInput } from "./master-input";

/*
 * The master catalog, kept by platform admins (the console checks that;
 * these functions take the admin's id for the audit entry). Stores only read
 * it, through opt-in (./opt-in.ts).
 */

export type MasterProduct = typeof masterProducts.$inferSelect;
export type MasterResult = { ok: true; value: MasterProduct } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const HANDLE_TAKEN = { ok: false as const, error: "Check the highlighted field.", fieldErrors: { handle: ["Another master product already uses this handle."] } };

export async function listMasterProducts(database: Database, options: { page?: number; pageSize?: number } = {}) {
  const pageSize = Math.min(Math.max(options.pageSize ?? 20, 1), 100);
  const page = Math.max(options.page ?? 1, 1);
  const [rows, [total]] = await Promise.all([
    database
      .select()
      .from(masterProducts)
      .orderBy(desc(masterProducts.createdAt), desc(masterProducts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    database.select({ n: count() }).from(masterProducts),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function getMasterProduct(database: Database, id: string): Promise<MasterProduct | null> {
  if (!idSchema.safeParse(id).success) return null;
  const [row] = await database.select().from(masterProducts).where(eq(masterProducts.id, id)).limit(1);
  return row ?? null;
}

type Values = Omit<MasterProductInput, "removeImage" | "id"> & { imagePath?: string | null };

export async function createMasterProduct(database: Database, actorUserId: string, input: Values): Promise<MasterResult> {
  try {
    return await withPlatform(database, async (tx) => {
      const [row] = await tx.insert(masterProducts).values(input).returning();
      await recordAudit(tx, { storeId: null, actorUserId, action: "catalog.product_created", targetType: "master_product", targetId: row!.id, data: { handle: row!.handle } });
      return { ok: true as const, value: row! };
    });
  } catch (err) {
    if (isUniqueViolation(err, "master_products_handle_key")) return HANDLE_TAKEN;
    throw err;
  }
}

/** Edits the master only: stores that opted in keep their copy as it is. */
export async function updateMasterProduct(database: Database, actorUserId: string, id: string, input: Values): Promise<MasterResult> {
  if (!idSchema.safeParse(id).success) return { ok: false, error: "That catalog product does not exist." };
  try {
    return await withPlatform(database, async (tx) => {
      const [row] = await tx
        .update(masterProducts)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(masterProducts.id, id))
        .returning();
      if (!row) return { ok: false as const, error: "That catalog product does not exist." };
      await recordAudit(tx, { storeId: null, actorUserId, action: "catalog.product_updated", targetType: "master_product", targetId: id, data: { handle: row.handle } });
      return { ok: true as const, value: row };
    });
  } catch (err) {
    if (isUniqueViolation(err, "master_products_handle_key")) return HANDLE_TAKEN;
    throw err;
  }
}
