// `npm run bench:http [-- --fast] [-- --rebuild | --reuse] [-- --only=http,pg,checkout,scale]`
// (`npm run bench:scale` is `--only=scale`; BENCH_SCALE_FACTOR in bench/scale.ts):
// what tenancy costs, measured side by side on this machine (issue 12). Prints
// ratios (and checkouts per second), never assertions: numbers only compare
// within one run. Ports: BENCH_PG_PORT for its own embedded PostgreSQL (data in
// .data/bench-http, wiped), BENCH_HTTP_PORT and the next one for Plaza and the
// bare page.
import { rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { and, desc, eq, sql } from "drizzle-orm";
import { connect } from "@/lib/db/connect";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { products, stores } from "@/lib/db/schema";
import { readTenant, withTenant } from "@/lib/db/tenant";
import { deriveAppUrl } from "@/lib/env";
import { BENCH_PRODUCTS } from "./bare/products";
import { runCheckoutLoad } from "./checkout-load";
import { runScale } from "./scale";
import { prepareBare, preparePlaza, startBare, startPlaza, treeCpuTicks, workRoot, type Server } from "./servers";

const argv = process.argv.slice(2);
const fast = argv.includes("--fast");
const rebuild = argv.includes("--rebuild");
const reuse = argv.includes("--reuse");
const onlyArg = argv.find((a) => a.startsWith("--only="));
const only = new Set(onlyArg ? onlyArg.slice(7).split(",") : ["http", "pg", "checkout", "scale"]);

const pgPort = Number(process.env.BENCH_PG_PORT ?? 54399);
const httpPort = Number(process.env.BENCH_HTTP_PORT ?? 3432);
const settings = fast
  ? { rounds: 3, seconds: 3, warmSeconds: 2, pgSeconds: 1.5, pgRounds: 3 }
  : { rounds: 5, seconds: 8, warmSeconds: 4, pgSeconds: 3, pgRounds: 5 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (x: number) => `${x.toFixed(2)}×`;
function row(label: string, value: string, goal: string) {
  console.log(`  ${label.padEnd(64)} ${value.padStart(16)}   goal ${goal}`);
}

// The servers' secrets, in the bench's own environment too: the checkout run calls
// the real checkout code in this process, and its order mail reads the same
// environment (lib/env.ts) that a server does.
const secrets = {
  AUTH_SECRET: "bench-auth-secret-bench-auth-secret-0123456789",
  AUTH_TRUST_HOST: "true",
  CONFIG_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
};
Object.assign(process.env, secrets);

const dataDir = path.resolve(".data/bench-http/postgres");
rmSync(dataDir, { recursive: true, force: true });
console.log(`bench:http${fast ? " (fast)" : ""}: builds in ${workRoot}`);
const pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
const role = { name: "plaza_app", password: "plaza_app" };
await migrateDatabase(pg.ownerUrl, role);
const appUrl = deriveAppUrl(pg.ownerUrl, role.name, role.password);
// Bulk loading (the scale run) takes longer than a web request may.
const owner = connect(pg.ownerUrl, { max: 4, timeouts: { statementTimeoutMs: 3_600_000 } });
const app = connect(appUrl, { max: 16 });
const servers: Server[] = [];

try {
  // The bench store: the same twelve products the bare page renders from memory.
  const [store] = await owner.db.insert(stores).values({ slug: "bench", name: "Bench store", status: "active", currency: "USD" }).returning();
  const storeId = store!.id;
  await withTenant(owner.db, storeId, (tx) =>
    tx.insert(products).values(
      BENCH_PRODUCTS.map((p, i) => ({
        tenantId: storeId,
        handle: p.handle,
        title: p.title,
        description: p.description,
        priceCents: p.priceCents,
        stock: p.stock,
        status: "active" as const,
        createdAt: new Date(Date.now() - i * 1000),
      })),
    ),
  );

  if (only.has("http")) await httpRounds();
  if (only.has("pg")) await pgAlone(storeId);
  if (only.has("checkout")) {
    // The order mails that placeOrder queues read the environment as a server would (lib/env.ts).
    process.env.DATABASE_APP_URL = appUrl;
    await runCheckoutLoad({ owner: owner.db, app: app.db, appUrl, fast, row });
  }
  if (only.has("scale")) await runScale({ ownerUrl: pg.ownerUrl, role, fast, row });
} finally {
  for (const s of servers) await s.stop();
  await app.close();
  await owner.close();
  await pg.stop();
}

async function httpRounds() {
  const plazaDir = preparePlaza({ ...process.env, ...secrets }, rebuild, reuse);
  const bareDir = prepareBare(rebuild);
  const plaza = await startPlaza(plazaDir, httpPort, {
    ...process.env,
    ...secrets,
    DATABASE_URL: undefined,
    DATABASE_APP_URL: appUrl,
    UPLOAD_DIR: path.join(workRoot, "uploads"),
    PLAZA_JOBS_INTERVAL_MS: "3600000",
  });
  servers.push(plaza);
  const bare = await startBare(bareDir, httpPort + 1);
  servers.push(bare);

  const storeHost = `bench.localhost:${httpPort}`;
  type Target = { name: string; server: Server; url: string; headers: Record<string, string> };
  const targets: Target[] = [
    { name: "plaza", server: plaza, url: `http://127.0.0.1:${httpPort}/`, headers: { host: storeHost } },
    { name: "bare", server: bare, url: `http://127.0.0.1:${httpPort + 1}/`, headers: {} },
    { name: "tenancy-free", server: plaza, url: `http://127.0.0.1:${httpPort}/bench-tenancy-free`, headers: { host: `localhost:${httpPort}` } },
    // The tenancy-free page again, as a dynamic [store] segment with its own layout (bench/plaza-route/shaped).
    { name: "route-shaped", server: plaza, url: `http://127.0.0.1:${httpPort}/bench-route-shaped/bench`, headers: { host: `localhost:${httpPort}` } },
    // The same storefront page, asked for at its internal path, which the bench build's proxy matcher skips,
    // on the root host, where the front door leaves internal paths alone (lib/http/front-door.ts): no routing at all.
    { name: "no-proxy", server: plaza, url: `http://127.0.0.1:${httpPort}/s/bench`, headers: { host: `localhost:${httpPort}`, "x-plaza-store": "bench" } },
  ];
  for (const t of targets) {
    // node:http, not fetch: fetch will not send a Host header of our choosing.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get(t.url, { headers: t.headers }, (res) => {
          let text = "";
          res.setEncoding("utf8").on("data", (d: string) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        })
        .on("error", reject);
    });
    if (status !== 200 || !body.includes("Product 12")) throw new Error(`${t.name}: ${status}, not the catalog:\n${body.slice(0, 500)}`);
  }

  const samples = new Map(targets.map((t) => [t.name, { rps: [] as number[], p50: [] as number[], cpu: [] as number[], p50c1: [] as number[] }]));
  const hit = async (t: Target, seconds: number, connections: number) => {
    const before = treeCpuTicks(t.server.pid);
    const r = await autocannon({ url: t.url, headers: t.headers, connections, duration: seconds });
    const cpu = treeCpuTicks(t.server.pid) - before;
    if (r.non2xx || r.errors) throw new Error(`${t.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    return { rps: r.requests.average, p50: r.latency.p50, cpuPerRequest: cpu / Math.max(1, r["2xx"]) };
  };
  console.log("\nStorefront catalog over HTTP (autocannon -c16, interleaved rounds)");
  for (const t of targets) await hit(t, settings.warmSeconds, 16); // warm-up: JIT, caches, pools
  for (let r = 0; r < settings.rounds; r++) {
    // Rotate the order each round so no target always runs right after another.
    for (let i = 0; i < targets.length; i++) {
      const t = targets[(i + r) % targets.length]!;
      const m = await hit(t, settings.seconds, 16);
      const s = samples.get(t.name)!;
      s.rps.push(m.rps);
      s.p50.push(m.p50);
      s.cpu.push(m.cpuPerRequest);
    }
  }
  if (!fast) {
    for (let r = 0; r < 3; r++) {
      for (const name of ["plaza", "no-proxy"]) {
        const t = targets.find((x) => x.name === name)!;
        samples.get(name)!.p50c1.push((await hit(t, 3, 1)).p50);
      }
    }
  }
  const m = (name: string, key: "rps" | "p50" | "cpu" | "p50c1") => median(samples.get(name)![key]);
  // Each round ran every target once, so a round's ratio is a paired sample: their spread says how far to trust the median.
  const spread = (a: string, b: string) => {
    const xs = samples.get(a)!.rps.map((x, i) => x / samples.get(b)!.rps[i]!).sort((p, q) => p - q);
    return `${ratio(xs[0]!)}–${ratio(xs[xs.length - 1]!)}`;
  };
  row("catalog vs bare Next page: requests/s", ratio(m("plaza", "rps") / m("bare", "rps")), "≥ 0.85×");
  row("  … its rounds, lowest–highest", spread("plaza", "bare"), "");
  row("catalog vs bare Next page: p50 latency", ratio(m("plaza", "p50") / Math.max(0.5, m("bare", "p50"))), "(lower is better)");
  row("catalog vs bare Next page: server CPU per request", ratio(m("plaza", "cpu") / m("bare", "cpu")), "(lower is better)");
  row("catalog vs same page, tenancy layers removed: requests/s", ratio(m("plaza", "rps") / m("tenancy-free", "rps")), "≥ 0.97×");
  row("  … its rounds, lowest–highest", spread("plaza", "tenancy-free"), "");
  // The tenancy row in two parts: what Next charges for the storefront's route shape, and what Plaza's own code adds.
  row("  … of it, the route shape: [store] segment + layout vs flat page", ratio(m("route-shaped", "rps") / m("tenancy-free", "rps")), "(Next's)");
  row("  … of it, Plaza's routing, lookups and request data in that shape", ratio(m("plaza", "rps") / m("route-shaped", "rps")), "(Plaza's)");
  row("catalog with vs without proxy.ts: requests/s", ratio(m("plaza", "rps") / m("no-proxy", "rps")), "≥ 0.97×");
  row("  … its rounds, lowest–highest", spread("plaza", "no-proxy"), "");
  if (!fast) row("catalog with vs without proxy.ts: p50 at c=1", ratio(m("plaza", "p50c1") / Math.max(0.5, m("no-proxy", "p50c1"))), "(lower is better)");
}

/**
 * PostgreSQL alone: the tenant transaction around a catalog read vs the read
 * alone, 16 clients. Both sides prepare their statements (lib/db/prepared.ts);
 * the unprepared query alone is there too, as issue 12 measured it.
 */
async function pgAlone(storeId: string) {
  const read = (q: typeof owner.db) =>
    q.select().from(products).where(and(eq(products.tenantId, storeId), eq(products.status, "active"))).orderBy(desc(products.createdAt), desc(products.id)).limit(13);
  const cases: Array<{ name: string; run: () => Promise<unknown> }> = [
    { name: "query alone (owner: no RLS, no transaction)", run: () => read(owner.db) },
    { name: "withTenant", run: () => withTenant(app.db, storeId, (tx) => read(tx as unknown as typeof owner.db)) },
    // What the storefront's reads use: no BEGIN or COMMIT, each statement behind the store's entry (lib/db/entered.ts).
    { name: "readTenant", run: () => readTenant(app.db, storeId, (tx) => read(tx as unknown as typeof owner.db)) },
    {
      // What withTenant was before issue 12: four round trips.
      name: "BEGIN; set_config; query; COMMIT (one at a time)",
      run: () =>
        app.db.transaction(async (tx) => {
          await tx.execute(sql`select set_config('app.tenant_id', ${storeId}, true)`);
          return read(tx as unknown as typeof owner.db);
        }),
    },
  ];
  // The owner pool is as large as the app's for this part.
  const ownerWide = connect(pg.ownerUrl, { max: 16 });
  cases[0]!.run = () => read(ownerWide.db);
  // The query alone as the issue measured it, before statements were prepared (lib/db/prepared.ts).
  const ownerUnprepared = connect(pg.ownerUrl, { max: 16, prepare: false });
  cases.push({ name: "unprepared", run: () => read(ownerUnprepared.db) });
  const tps = new Map(cases.map((c) => [c.name, [] as number[]]));
  const drive = async (run: () => Promise<unknown>, seconds: number) => {
    let n = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (performance.now() < end) {
          await run();
          n++;
        }
      }),
    );
    return n / seconds;
  };
  try {
    for (const c of cases) await drive(c.run, 0.5);
    for (let r = 0; r < settings.pgRounds; r++) for (const c of cases) tps.get(c.name)!.push(await drive(c.run, settings.pgSeconds));
  } finally {
    await ownerWide.close();
    await ownerUnprepared.close();
  }
  const base = median(tps.get(cases[0]!.name)!);
  console.log("\nPostgreSQL alone: a catalog read, 16 concurrent clients (transactions/s vs the query alone)");
  row("withTenant (tenant + query + commit, pipelined)", ratio(median(tps.get("withTenant")!) / base), "≥ 0.90×");
  row("readTenant (each statement behind the store entry: the catalog's reads)", ratio(median(tps.get("readTenant")!) / base), "≥ 0.90×");
  row("BEGIN; set_config; query; COMMIT, one round trip each", ratio(median(tps.get(cases[3]!.name)!) / base), "(before)");
  row("readTenant vs the query alone unprepared (as the issue measured)", ratio(median(tps.get("readTenant")!) / median(tps.get("unprepared")!)), "(both sides)");
  row("query alone: prepared vs unprepared", ratio(base / median(tps.get("unprepared")!)), "(the driver)");
}
