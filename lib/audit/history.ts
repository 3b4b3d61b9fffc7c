import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, like, lt, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/connect";
import { auditLog, products, stores, users } from "@/lib/db/schema";
import { readTenant } from "@/lib/db/tenant";
import { href } from "@/lib/tenancy/request";
import { dashboardUrl } from "@/lib/tenancy/urls";
import { AUDIT_KINDS, auditKindOf, auditSentence, type AuditKind, type AuditObject, type AuditSentence } from "./describe";

/*
 * The audit log as people read it (issue 14): each entry with its actor's name,
 * the object's current name and a link to it, filterable by actor, kind and
 * date. The store's activity page and members page read one store (scoped in
 * code: audit_log is a platform table); the console reads all of them.
 */

export type HistoryFilter = {
  storeId?: string;
  actorId?: string;
  kinds?: AuditKind[];
  /** Inclusive day, YYYY-MM-DD, UTC. */
  from?: string;
  /** Inclusive day, YYYY-MM-DD, UTC. */
  to?: string;
  limit?: number;
  offset?: number;
};

/** Where links point: the store's dashboard (its base) or the console (its base). */
export type HistoryScope = { area: "store"; base: string } | { area: "console"; base: string };

export type HistoryEntry = {
  id: number;
  createdAt: Date;
  action: string;
  kind: AuditKind | null;
  sentence: AuditSentence;
  reason: string | null;
  asSupport: boolean;
  store: { slug: string; name: string } | null;
};

function conditions(filter: HistoryFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.storeId) where.push(eq(auditLog.storeId, filter.storeId));
  if (filter.actorId) where.push(eq(auditLog.actorUserId, filter.actorId));
  if (filter.kinds?.length) {
    const prefixes = filter.kinds.flatMap((k) => AUDIT_KINDS[k].prefixes);
    where.push(or(...prefixes.map((p) => like(auditLog.action, `${p}%`)))!);
  }
  if (filter.from) where.push(gte(auditLog.createdAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) where.push(lt(auditLog.createdAt, new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000)));
  return where;
}

/** Newest first, every entry in words. */
export async function listHistory(database: Database, filter: HistoryFilter, scope: HistoryScope): Promise<HistoryEntry[]> {
  const where = conditions(filter);
  const rows = await database
    .select({
      id: auditLog.id,
      storeId: auditLog.storeId,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      reason: auditLog.reason,
      data: auditLog.data,
      createdAt: auditLog.createdAt,
      actorName: users.name,
      actorEmail: users.email,
      storeSlug: stores.slug,
      storeName: stores.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(stores, eq(stores.id, auditLog.storeId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);

  const names = await resolveNames(database, rows);
  return rows.map((r) => {
    const data = r.data ?? {};
    const store = r.storeSlug && r.storeName ? { slug: r.storeSlug, name: r.storeName } : null;
    const object = objectOf({ ...r, data }, store, names, scope);
    return {
      id: r.id,
      createdAt: r.createdAt,
      action: r.action,
      kind: auditKindOf(r.action),
      sentence: auditSentence({ action: r.action, data, actor: r.actorName || r.actorEmail, object }),
      reason: r.reason,
      asSupport: typeof data.impersonatedBy === "string",
      store,
    };
  });
}

type Row = { storeId: string | null; targetType: string | null; targetId: string | null; data: Record<string, unknown> };
type Names = { users: Map<string, string>; products: Map<string, string> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today's names of the people and products the entries are about, in two queries per store at most. */
async function resolveNames(database: Database, rows: Row[]): Promise<Names> {
  const userIds = [...new Set(rows.filter((r) => r.targetType === "user" && r.targetId && UUID.test(r.targetId)).map((r) => r.targetId!))];
  const people = userIds.length
    ? await database.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds))
    : [];
  const productsByStore = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.targetType !== "product" || !r.storeId || !r.targetId || !UUID.test(r.targetId)) continue;
    productsByStore.set(r.storeId, (productsByStore.get(r.storeId) ?? new Set()).add(r.targetId));
  }
  const productNames = new Map<string, string>();
  // Products are tenant rows: each store's are read inside that store's tenant (RLS), named in the where too.
  for (const [storeId, ids] of productsByStore) {
    const found = await readTenant(database, storeId, (tx) =>
      tx.select({ id: products.id, title: products.title }).from(products).where(and(eq(products.tenantId, storeId), inArray(products.id, [...ids]))),
    );
    for (const p of found) productNames.set(p.id, p.title);
  }
  return { users: new Map(people.map((p) => [p.id, p.name || p.email])), products: productNames };
}

function objectOf(r: Row & { action: string }, store: { slug: string; name: string } | null, names: Names, scope: HistoryScope): AuditObject | null {
  const id = r.targetId ?? "";
  const d = r.data;
  const inStore = (path: string) => (scope.area === "store" ? href(scope.base, path) : store ? dashboardUrl(store.slug, path) : undefined);
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  switch (r.targetType) {
    case "product":
      return { name: names.products.get(id) ?? str(d.handle) ?? "a deleted product", href: names.products.has(id) ? inStore(`/products/${id}`) : undefined };
    case "user":
      return { name: names.users.get(id) ?? str(d.email) ?? "a former user", href: inStore("/members") };
    case "store": {
      const name = store?.name ?? str(d.slug) ?? id;
      if (scope.area === "console") {
        const path = r.action.startsWith("store_application.") && store ? `/applications/${r.storeId}` : store ? `/stores/${store.slug}` : undefined;
        return { name, href: path ? href(scope.base, path) : undefined };
      }
      return { name, href: href(scope.base, "/settings") };
    }
    case "domain":
      return { name: id, href: inStore("/settings/domains") };
    case "api_key":
      return { name: id, href: r.storeId ? inStore("/settings/api-keys") : scope.area === "console" ? href(scope.base, "/api-keys") : undefined };
    case "webhook_endpoint":
      return { name: str(d.url) ?? "an endpoint", href: inStore("/settings/webhooks") };
    case "config":
      return { name: id, href: inStore("/settings/config") };
    case "master_product":
      return { name: str(d.handle) ?? id, href: scope.area === "console" && UUID.test(id) ? href(scope.base, `/catalog/${id}`) : undefined };
    default:
      return id ? { name: id } : null;
  }
}

/** The people who appear as actors, for the filter's choices. */
export async function listHistoryActors(database: Database, storeId?: string) {
  return database
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(isNotNull(auditLog.actorUserId), storeId ? eq(auditLog.storeId, storeId) : sql`true`))
    .orderBy(users.name)
    .limit(200);
}
