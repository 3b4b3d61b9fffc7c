import "server-only";
import { and, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/log";
import { invalidateStore } from "@/lib/tenancy/lookup";
import { cursorTimeSql, decodeCursor, encodeCursor } from "@/lib/db/keyset";
import { containsPattern } from "@/lib/db/like";
import type { StoreRow } from "./http";
import type { storeListQuery, storeSchema } from "./schemas";

/** A store as the API shows it. */
export function storeJson(s: StoreRow): z.infer<typeof storeSchema> {
  return {
    slug: s.slug,
    name: s.name,
    status: s.status,
    plan: s.plan,
    currency: s.currency,
    statusReason: s.statusReason,
    deletionScheduledFor: s.purgeAfter?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  };
}

/** The store as the API shows it after a change (read again, so the answer is what was stored). */
export async function storeJsonNow(storeId: string): Promise<z.infer<typeof storeSchema>> {
  const [row] = await db().select().from(stores).where(eq(stores.id, storeId));
  return storeJson(row!);
}

/** Newest first; keyset on (created_at, id) with microsecond-exact cursors. */
export async function listStoresPage(query: z.infer<typeof storeListQuery>) {
  const cursor = decodeCursor(query.after);
  if (cursor === "invalid") return "invalid" as const;
  const where: SQL[] = [];
  if (query.status) where.push(eq(stores.status, query.status));
  if (query.q) {
    const like = containsPattern(query.q);
    where.push(or(ilike(stores.name, like), ilike(stores.slug, like))!);
  }
  if (cursor) where.push(sql`(${stores.createdAt}, ${stores.id}) < (${cursor.t}::timestamptz, ${cursor.id}::uuid)`);
  const rows = await db()
    .select({ store: stores, t: cursorTimeSql(stores.createdAt) })
    .from(stores)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(stores.createdAt), desc(stores.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r) => storeJson(r.store)),
    next: rows.length > query.limit && last ? encodeCursor({ t: last.t, id: last.store.id }) : null,
  };
}

/** The store as the API shows it, read again after a change (by id or by slug). */
export async function freshStoreJson(where: { id: string } | { slug: string }): Promise<z.infer<typeof storeSchema>> {
  const [row] = await db()
    .select()
    .from(stores)
    .where("id" in where ? eq(stores.id, where.id) : eq(stores.slug, where.slug));
  return storeJson(row!);
}

/** Renames a store through the API, audited in the same transaction, naming the key it came through. */
export async function renameStoreViaApi(store: StoreRow, name: string, key: { createdBy: string | null; prefix: string }): Promise<void> {
  await db().transaction(async (tx) => {
    await tx.update(stores).set({ name, updatedAt: new Date() }).where(eq(stores.id, store.id));
    await recordAudit(tx, { storeId: store.id, actorUserId: key.createdBy, action: "store.renamed", targetType: "store", targetId: store.slug, data: { from: store.name, to: name, via: `api:${key.prefix}` } });
  });
  invalidateStore(store.slug);
}
