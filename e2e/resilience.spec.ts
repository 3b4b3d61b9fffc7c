import http from "node:http";
import pg from "pg";
import { expect, test } from "./support/test";
import { startInstance, type Instance } from "./support/instance";

/*
 * Issue 8 against a real production server (`npm start`'s launcher on the
 * production build): a graceful SIGTERM under load, and a database outage
 * seen by a browser without JavaScript, an API client and a load balancer.
 * Each test runs its own Plaza (e2e/support/instance.ts).
 */

test.describe.configure({ timeout: 180_000 });

type Outcome = { startedAt: number; endedAt: number; status?: number; error?: string; path: string };

function get(agent: http.Agent, url: string, host: string): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { host, accept: "text/html" } }, (res) => {
      res.resume();
      res.once("end", () => resolve({ status: res.statusCode ?? 0 }));
      res.once("error", reject);
    });
    req.once("error", reject);
  });
}

test("SIGTERM under load: every request that started before the signal succeeds, readiness fails at once, exit well within the deadline", async () => {
  const plaza = await startInstance({ SHUTDOWN_TIMEOUT_MS: "25000" });
  try {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
    const paths: Array<[string, string]> = [
      ["/", `localhost:${plaza.port}`],
      ["/", `acme.localhost:${plaza.port}`],
      ["/products/rocket-skates", `acme.localhost:${plaza.port}`],
      ["/stores/globex/shop", `localhost:${plaza.port}`],
    ];
    // Warm up: the first render of each page is slow and says nothing about shutdown.
    for (const [p, host] of paths) expect((await get(agent, plaza.url(p), host)).status).toBe(200);
    const outcomes: Outcome[] = [];
    let running = true;
    const workers = Array.from({ length: 6 }, async (_, w) => {
      for (let i = w; running; i++) {
        const [p, host] = paths[i % paths.length]!;
        const startedAt = Date.now();
        try {
          const { status } = await get(agent, plaza.url(p), host);
          outcomes.push({ startedAt, endedAt: Date.now(), status, path: p });
        } catch (err) {
          outcomes.push({ startedAt, endedAt: Date.now(), error: String(err), path: p });
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    });
    await new Promise((r) => setTimeout(r, 3_000));

    const signalAt = Date.now();
    plaza.child.kill("SIGTERM");
    // Readiness says "no" while the last requests are answered.
    let readySaid: number | "refused" = "refused";
    for (let i = 0; i < 40 && readySaid !== 503; i++) {
      readySaid = await fetch(plaza.url("/api/ready")).then((r) => r.status, () => "refused" as const);
      if (readySaid !== 503) await new Promise((r) => setTimeout(r, 25));
    }
    const exit = await plaza.exited;
    running = false;
    await Promise.all(workers);
    agent.destroy();

    const before = outcomes.filter((o) => o.startedAt < signalAt);
    expect(before.length).toBeGreaterThan(6);
    // The ones the signal caught mid-flight are the point of the test.
    expect(before.filter((o) => o.endedAt > signalAt).length, JSON.stringify(outcomes.slice(-12))).toBeGreaterThan(0);
    expect(before.filter((o) => o.error || o.status !== 200)).toEqual([]);
    expect(readySaid).toBe(503);
    expect(exit.at - signalAt).toBeLessThan(25_000);
    expect(exit.code).toBe(0);
    expect(plaza.output()).toMatch(/\[serve\] SIGTERM: not ready any more/);
    expect(plaza.output()).toMatch(/\[serve\] stopped cleanly in \d+ ms/);
  } finally {
    await plaza.dispose();
  }
});

test.describe("while the database is down", () => {
  let plaza: Instance;
  test.beforeAll(async () => {
    plaza = await startInstance();
    await plaza.stopDatabase();
  });
  test.afterAll(async () => {
    await plaza?.dispose();
  });

  test.use({ javaScriptEnabled: false });

  test("a page is a calm, complete server-rendered message with a reference the log carries — no SQL, no stack, no empty shell", async ({ page }) => {
    const res = await page.goto(`http://localhost:${plaza.port}/`, { waitUntil: "load" });
    expect(res?.status()).toBe(500);
    await expect(page.getByRole("heading", { name: "We could not show this page" })).toBeVisible();
    const reference = await page.locator("code").innerText();
    expect(reference).toMatch(/^[0-9a-f]{8}$/);
    const html = await res!.text();
    expect(html).not.toMatch(/__next_error__|Failed query|select |ECONNREFUSED|\n\s+at /);
    await expect.poll(() => plaza.output()).toContain(`ref=${reference}`);
  });

  test("a store's storefront too", async ({ page }) => {
    const res = await page.goto(`http://acme.localhost:${plaza.port}/products/rocket-skates`, { waitUntil: "load" });
    expect(res?.status()).toBe(500);
    await expect(page.getByRole("heading", { name: "We could not show this page" })).toBeVisible();
  });

  test("liveness stays up, readiness says the database is unavailable", async () => {
    const live = await fetch(plaza.url("/api/health"));
    expect(live.status).toBe(200);
    const ready = await fetch(plaza.url("/api/ready"));
    expect(ready.status).toBe(503);
    expect(ready.headers.get("retry-after")).toBe("5");
    expect(await ready.json()).toMatchObject({ status: "not_ready", reasons: ["database unavailable"] });
  });

  test("an API client gets 503 unavailable with Retry-After", async () => {
    const res = await fetch(plaza.url("/api/v1/stores/acme/products"), { headers: { authorization: `Bearer plz_AAAAAAAAAA_${"x".repeat(43)}` } });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await res.json()).error.code).toBe("unavailable");
  });
});

test("SIGTERM with a request stuck past the deadline: the process exits at SHUTDOWN_TIMEOUT_MS anyway", async () => {
  const plaza = await startInstance({ SHUTDOWN_TIMEOUT_MS: "3000", DATABASE_LOCK_TIMEOUT_MS: "60000", DATABASE_STATEMENT_TIMEOUT_MS: "60000" });
  const owner = new pg.Client({ connectionString: plaza.ownerUrl });
  owner.on("error", () => {}); // the database stops under it at the end: expected
  await owner.connect();
  try {
    const agent = new http.Agent({ keepAlive: true });
    expect((await get(agent, plaza.url("/products/rocket-skates"), `acme.localhost:${plaza.port}`)).status).toBe(200);
    // Every read of `stores` now waits (the store lookup included), far beyond the deadline.
    await owner.query("begin");
    await owner.query("lock table stores in access exclusive mode");
    const stuck = get(agent, plaza.url("/"), `globex.localhost:${plaza.port}`).catch((err: unknown) => err);
    await new Promise((r) => setTimeout(r, 500));
    const signalAt = Date.now();
    plaza.child.kill("SIGTERM");
    const exit = await plaza.exited;
    expect(exit.at - signalAt).toBeGreaterThanOrEqual(3_000);
    expect(exit.at - signalAt).toBeLessThan(3_000 + 8_000); // the deadline, then stopping the database
    expect(exit.code).toBe(1);
    expect(plaza.output()).toMatch(/\[serve\] deadline passed with 1 request\(s\) unfinished; exiting anyway/);
    expect(await stuck).toBeInstanceOf(Error); // cut off, as promised, rather than left hanging
    agent.destroy();
  } finally {
    await owner.end().catch(() => {});
    await plaza.dispose();
  }
});
