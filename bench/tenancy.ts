// `npm run bench`: what tenancy costs. Starts its own embedded PostgreSQL
// (port BENCH_PG_PORT, data in .data/bench), so it never touches your data.
import { rmSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { connect } from "@/lib/db/connect";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { products, stores } from "@/lib/db/schema";
import { readTenant, withPlatform, withTenant } from "@/lib/db/tenant";
import { deriveAppUrl } from "@/lib/env";
import { classify } from "@/lib/tenancy/classify";
import { TtlCache } from "@/lib/tenancy/ttl-cache";
import { compare } from "./harness";

const dataDir = ".data/bench/postgres";
rmSync(dataDir, { recursive: true, force: true });
const server = await startEmbeddedPostgres({ dataDir, port: Number(process.env.BENCH_PG_PORT ?? 54399) });
const role = { name: "plaza_app", password: "plaza_app" };
await migrateDatabase(server.ownerUrl, role);
const owner = connect(server.ownerUrl, { max: 2 });
const app = connect(deriveAppUrl(server.ownerUrl, role.name, role.password), { max: 2 });

try {
  // 50 stores × 200 products: enough rows that a scan would show.
  const made = await owner.db
    .insert(stores)
    .values(Array.from({ length: 50 }, (_, i) => ({ slug: `store-${i}`, name: `Store ${i}`, status: "active" as const })))
    .returning();
  for (const s of made) {
    await withTenant(owner.db, s.id, (tx) =>
      tx.insert(products).values(Array.from({ length: 200 }, (_, i) => ({ tenantId: s.id, handle: `p-${i}`, title: `P ${i}`, priceCents: 100, status: "active" as const }))),
    );
  }
  const target = made[25]!;

  // 1. Row-level security: the same tenant-scoped query, with and without RLS doing its part.
  await compare(
    "Read one store's 24 newest products (app role)",
    {
      name: "owner, no RLS (superuser bypasses it)",
      run: () => owner.db.select().from(products).where(and(eq(products.tenantId, target.id), eq(products.status, "active"))).limit(24),
    },
    [
      {
        name: "withTenant: transaction + set_config + RLS",
        run: () => withTenant(app.db, target.id, (tx) => tx.select().from(products).where(and(eq(products.tenantId, target.id), eq(products.status, "active"))).limit(24)),
      },
      {
        name: "readTenant: read only, result before COMMIT",
        run: () => readTenant(app.db, target.id, (tx) => tx.select().from(products).where(and(eq(products.tenantId, target.id), eq(products.status, "active"))).limit(24)),
      },
      {
        // withTenant before issue 12: BEGIN, set_config, query, COMMIT, one round trip each.
        name: "four round trips (before issue 12)",
        run: () =>
          app.db.transaction(async (tx) => {
            await tx.execute(sql`select set_config('app.tenant_id', ${target.id}, true)`);
            return tx.select().from(products).where(and(eq(products.tenantId, target.id), eq(products.status, "active"))).limit(24);
          }),
      },
      {
        name: "plain transaction, no tenant (fails closed: 0 rows)",
        run: () => withPlatform(app.db, (tx) => tx.select().from(products).where(eq(products.tenantId, target.id)).limit(24)),
      },
    ],
    { rounds: 7, perRound: 100 },
  );

  // 2. The proxy's store lookup: database every time vs the TTL cache.
  const cache = new TtlCache<{ id: string }>(5_000);
  const lookup = () => app.db.select({ id: stores.id }).from(stores).where(eq(stores.slug, "store-25")).limit(1).then((r) => r[0] ?? null);
  await compare(
    "Store lookup by slug, as the proxy does per request",
    { name: "query every request", run: lookup },
    [
      { name: "TTL cache (hit)", run: () => cache.get("store-25", lookup) },
      { name: "classify(host, path) alone", run: async () => classify("store-25.localhost:3000", "/products/p-1", "localhost:3000") },
    ],
    { rounds: 7, perRound: 300 },
  );
} finally {
  await app.close();
  await owner.close();
  await server.stop();
}
