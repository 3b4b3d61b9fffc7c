import { createHash, randomBytes, randomUUID } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import type { BrowserContext, Request } from "@playwright/test";
import { expect, test } from "./support/test";
import { startS3Server } from "../tests/support/s3-server";
import { DEMO_PASSWORD, ConsolePage, StoreDashboard, unique } from "./support/auth";
import { ConsoleStores, withE2eDatabase } from "./support/console";
import { ProductsPage, TINY_PNG } from "./support/dashboard";
import { PORT } from "./support/urls";
import { freePort } from "../tests/support/free-port";

/*
 * Two real `next start` instances of the production build, A and B, on the
 * e2e database, sharing their settings the way docs/deploy.md says: the same
 * secrets and server-action key, files in one S3-compatible bucket (s3rver),
 * and a 60 s tenant-cache TTL, so only the change notifications can explain
 * B noticing anything sooner. The browser keeps using the usual hosts on the
 * e2e port; a route handler plays the load balancer and sends each request
 * to the instance the test picks, with the Host header unchanged.
 */

type Instance = { name: "A" | "B"; port: number; child: ChildProcess; seen: string[] };
let s3: Awaited<ReturnType<typeof startS3Server>>;
const instances: Instance[] = [];
const A = () => instances[0]!;
const B = () => instances[1]!;
let startedAt = new Date();


async function startInstance(name: "A" | "B", env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const end = Date.now() + 60_000;
  for (;;) {
    const health = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json()).catch(() => null);
    if (health?.changes === "listening") break;
    if (Date.now() > end || child.exitCode !== null) throw new Error(`instance ${name} did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { name, port, child, seen: [] };
}

/** The load balancer: every request of `context` to the e2e port goes to `pick(request)`. */
async function balance(context: BrowserContext, pick: (req: Request) => Instance) {
  await context.route(`**/*`, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (url.port !== String(PORT)) return route.continue();
    const target = pick(req);
    target.seen.push(`${req.method()} ${url.pathname}${req.headers()["next-action"] ? " (server action)" : ""}`);
    const response = await route.fetch({
      url: `http://127.0.0.1:${target.port}${url.pathname}${url.search}`,
      headers: { ...(await req.allHeaders()), host: url.host },
      maxRedirects: 0,
    });
    await route.fulfill({ response });
  });
}

/** GET straight to instance `i` with a Host header (fetch may not set Host; node:http may). */
function direct(i: Instance, host: string, pathname: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: i.port, path: pathname, headers: { host } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

/** Any request straight to instance `i`, as a load balancer forwards it (client address in X-Forwarded-For). */
function send(
  i: Instance,
  method: string,
  pathname: string,
  opts: { host: string; headers?: Record<string, string>; body?: string; cookies?: string[] },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; cookies: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: opts.host, ...opts.headers };
    if (opts.cookies?.length) headers.cookie = opts.cookies.join("; ");
    if (opts.body !== undefined) headers["content-length"] = String(Buffer.byteLength(opts.body));
    const req = http.request({ host: "127.0.0.1", port: i.port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!), body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** One password sign-in through instance `i` (next-auth's csrf, then the credentials callback); the error it names, if any. */
async function signInThrough(i: Instance, email: string, password: string, client: string): Promise<string> {
  const host = `localhost:${PORT}`;
  const headers = { "x-forwarded-for": client };
  const csrf = await send(i, "GET", "/api/auth/csrf", { host, headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `http://${host}/` }).toString();
  const res = await send(i, "POST", "/api/auth/callback/credentials", { host, headers: { ...headers, "content-type": "application/x-www-form-urlencoded" }, cookies: csrf.cookies, body });
  return new URL(JSON.parse(res.body || "{}").url ?? "http://x/", "http://x").searchParams.get("error") ?? "";
}

/** What instance `i` answers for a store's storefront. */
const storefrontStatus = async (i: Instance, slug: string) => (await direct(i, `${slug}.localhost:${PORT}`, "/")).status;

test.describe("two instances on one database", () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    s3 = await startS3Server("plaza-e2e-files");
    const shared = {
      NODE_ENV: "production",
      ROOT_DOMAIN: `localhost:${PORT}`,
      DATABASE_APP_URL: `postgres://plaza_app:plaza_app@127.0.0.1:${process.env.E2E_PG_PORT ?? 54349}/plaza`,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      CONFIG_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}`,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      TENANT_CACHE_TTL_MS: "60000",
      // Every job every minute, so one occurrence falls inside the test (lib/jobs/worker.ts).
      PLAZA_JOBS_CRON: "* * * * *",
      PLAZA_JOBS_POLL_SECONDS: "1",
      UPLOAD_DIR: `.data/e2e/instances-not-used-${randomUUID()}`,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      ...s3.env,
    };
    startedAt = new Date();
    instances.push(...(await Promise.all([startInstance("A", shared), startInstance("B", shared)])));
  });

  test.afterAll(async () => {
    for (const i of instances) i.child.kill("SIGTERM");
    await Promise.all(instances.map((i) => new Promise((r) => (i.child.exitCode !== null ? r(null) : i.child.once("exit", r)))));
    await s3?.stop();
  });

  test("a page rendered by A posts its server actions to B; an image B stored is served by A", async ({ browser }) => {
    const context = await browser.newContext();
    // Reads from A, writes to B: every form below is rendered by one instance and handled by the other.
    await balance(context, (req) => (req.method() === "GET" || req.method() === "HEAD" ? A() : B()));
    const page = await context.newPage();
    await new StoreDashboard(page, "acme").signIn("owner@acme.test", DEMO_PASSWORD);
    const products = new ProductsPage(page, "acme");
    const id = unique();
    const product = { title: `Lantern ${id}`, handle: `lantern-${id}`, price: "12.00", stock: 2, status: "draft" as const };
    await products.create(product);
    await products.uploadImage({ name: "lantern.png", mimeType: "image/png", buffer: TINY_PNG });

    expect(B().seen.filter((s) => s.startsWith("POST") && s.includes("(server action)")).length).toBeGreaterThanOrEqual(2);
    expect(A().seen.some((s) => s.startsWith("POST"))).toBe(false);

    // The file is in the bucket, under acme's prefix, and A serves it.
    const src = await page.getByTestId("product-image").getAttribute("src");
    const name = src!.split("/").pop()!;
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "stores/" }));
    expect(listed.Contents?.map((o) => o.Key)).toContainEqual(expect.stringMatching(new RegExp(`^stores/[0-9a-f-]{36}/${name.replace(".", "\\.")}$`)));
    const image = await direct(A(), `acme.localhost:${PORT}`, `/images/${name}`);
    expect(image.status).toBe(200);
    expect(image.body.equals(TINY_PNG)).toBe(true);
    expect(await page.getByTestId("product-image").evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1);

    await products.archive(product.title); // leave the seeded catalog as it was
    await context.close();
  });

  test("a store suspended through A stops being served by B within a second", async ({ browser }) => {
    const slug = `twin-${unique()}`;
    await withE2eDatabase((client) => client.query("insert into stores (slug, name, status) values ($1, $2, 'active')", [slug, `Twin ${slug}`]));
    // B has it cached as active (60 s TTL).
    expect(await storefrontStatus(B(), slug)).toBe(200);
    expect(await storefrontStatus(B(), slug)).toBe(200);

    const reachedB = B().seen.length;
    const context = await browser.newContext();
    await balance(context, () => A());
    const page = await context.newPage();
    await new ConsolePage(page).signIn();
    await new ConsoleStores(page).suspend(slug, "chargebacks");
    const suspendedAt = performance.now();
    let status = 200;
    while (status === 200 && performance.now() - suspendedAt < 5_000) {
      status = await storefrontStatus(B(), slug);
      if (status === 200) await new Promise((r) => setTimeout(r, 25));
    }
    const ms = performance.now() - suspendedAt;
    console.log(`instance B stopped serving the suspended store after ${ms.toFixed(0)} ms`);
    expect(status).toBe(403);
    expect(ms).toBeLessThan(1_000);
    expect(B().seen.length).toBe(reachedB); // the browser spoke to A only
    await context.close();
  });

  test("a sign-in limit of L allows L attempts in total across A and B", async () => {
    // An account nobody has, from a client address of this test's own: nothing else is slowed down.
    const email = `twin-${unique()}@example.test`;
    const client = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    const FREE_FAILURES = 5; // lib/limits/sign-in.ts: wrong passwords that cost no wait
    const answers: string[] = [];
    for (let n = 0; n < FREE_FAILURES; n++) answers.push(await signInThrough(n % 2 === 0 ? A() : B(), email, "wrong-password-123", client));
    expect(answers.every((a) => a !== "" && !a.includes("Too many attempts"))).toBe(true);
    // The next attempt waits on either instance: each saw fewer than L failures itself, so only shared counts refuse it.
    expect(await signInThrough(B(), email, "wrong-password-123", client)).toMatch(/Too many attempts\. Try again in \d+ s\./);
    expect(await signInThrough(A(), email, "wrong-password-123", client)).toMatch(/Too many attempts/);
  });

  test("an API key's plan limit holds across A and B: the store's minute is one budget", async () => {
    const slug = `twin-api-${unique()}`;
    const prefix = randomBytes(8).toString("hex").slice(0, 10);
    const token = `plz_${prefix}_${randomBytes(32).toString("base64url")}`;
    const storeId = await withE2eDatabase(async (c) => {
      const { rows } = await c.query<{ id: string }>("insert into stores (slug, name, status, plan) values ($1, $2, 'active', 'premium') returning id", [slug, `Twin ${slug}`]);
      const store = rows[0]!.id;
      const owner = (await c.query<{ id: string }>("select id from users where email = 'owner@acme.test'")).rows[0]!.id;
      await c.query("insert into memberships (store_id, user_id, role, status) values ($1, $2, 'owner', 'approved')", [store, owner]);
      await c.query("insert into api_keys (store_id, name, prefix, token_hash, scopes, created_by) values ($1, 'twin', $2, $3, '{products:read}', $4)", [
        store,
        prefix,
        createHash("sha256").update(token).digest("hex"),
        owner,
      ]);
      return store;
    });
    const limit = 600; // PLANS.premium.limits.apiRequestsPerMinute
    // The store has spent all but 3 of this minute already (through any instance): the shared count says so.
    await withE2eDatabase((c) =>
      c.query("insert into rate_limits (key, points, expire) values ($1, $2, $3)", [`api:premium:${storeId}`, limit - 3, Date.now() + 55_000]),
    );
    const answers: Array<{ via: string; status: number; remaining?: string }> = [];
    for (const i of [A(), B(), A(), B(), A()]) {
      const res = await send(i, "GET", `/api/v1/stores/${slug}/products`, { host: `localhost:${PORT}`, headers: { authorization: `Bearer ${token}` } });
      answers.push({ via: i.name, status: res.status, remaining: res.headers["x-ratelimit-remaining"] as string | undefined });
    }
    expect(answers).toEqual([
      { via: "A", status: 200, remaining: "2" },
      { via: "B", status: 200, remaining: "1" },
      { via: "A", status: 200, remaining: "0" },
      { via: "B", status: 429, remaining: "0" },
      { via: "A", status: 429, remaining: "0" },
    ]);
  });

  test("a scheduled job runs once per occurrence, not once per instance", async () => {
    // A, B and the suite's own server all run the job worker on this database; A and B schedule every job every minute.
    const since = startedAt;
    const names = ["purge-stores", "send-mail", "recheck-domains", "clean-rate-limits"];
    type Row = { name: string; created_on: Date; state: string };
    let jobs: Row[] = [];
    const deadline = Date.now() + 75_000;
    while (Date.now() < deadline) {
      jobs = await withE2eDatabase(async (c) => (await c.query<Row>("select name, created_on, state from pgboss.job where name = any($1) and created_on >= $2", [names, since])).rows);
      if (names.every((n) => jobs.some((j) => j.name === n && j.state === "completed"))) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const n of names) expect(jobs.some((j) => j.name === n && j.state === "completed"), `${n} ran`).toBe(true);
    // A few more cron passes of all three instances, then: one job per job and minute.
    await new Promise((r) => setTimeout(r, 3_000));
    jobs = await withE2eDatabase(async (c) => (await c.query<Row>("select name, created_on, state from pgboss.job where name = any($1) and created_on >= $2", [names, since])).rows);
    for (const n of names) {
      const mine = jobs.filter((j) => j.name === n);
      const minutes = new Set(mine.map((j) => Math.floor(new Date(j.created_on).getTime() / 60_000)));
      expect({ job: n, jobs: mine.length }).toEqual({ job: n, jobs: minutes.size });
    }
  });
});
