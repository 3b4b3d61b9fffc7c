import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as listProductsRoute } from "@/app/api/v1/stores/[slug]/products/route";
import { authOptions } from "@/lib/auth/options";
import { connect } from "@/lib/db/connect";

/*
 * Calm failures (issue 8, item 4): when the database is unreachable, API
 * clients get 503 `unavailable` with Retry-After, the sign-in form gets words
 * and a reference — never the failed query's SQL. The app's pool is pointed
 * at a real port where nothing listens (connection refused), not a mock.
 */

const state = globalThis as unknown as { plazaDb?: ReturnType<typeof connect> };

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

let saved: ReturnType<typeof connect> | undefined;
async function databaseDown() {
  saved = state.plazaDb;
  state.plazaDb = connect(`postgres://plaza_app:plaza_app@127.0.0.1:${await closedPort()}/plaza`, { max: 2, timeouts: { connectTimeoutMs: 1_000 } });
}
afterEach(async () => {
  if (saved !== undefined || state.plazaDb) {
    await state.plazaDb?.close();
    state.plazaDb = saved;
    saved = undefined;
  }
  vi.restoreAllMocks();
});

describe("when the database is unavailable", () => {
  it("an API client gets 503 unavailable with Retry-After and a reference, and the error is logged under it", async () => {
    await databaseDown();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const req = new Request("http://localhost:3000/api/v1/stores/acme/products", { headers: { authorization: `Bearer plz_AAAAAAAAAA_${"x".repeat(43)}` } });
    const res = await listProductsRoute(req, { params: Promise.resolve({ slug: "acme" }) });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await res.json();
    expect(body.error.code).toBe("unavailable");
    const reference = res.headers.get("x-request-id");
    expect(reference).toMatch(/^[0-9a-f]{8}$/);
    expect(body.error.message).toContain(reference);
    expect(JSON.stringify(body)).not.toMatch(/select|Failed query|ECONNREFUSED|at .*\.js/i);
    expect(logged.mock.calls.map((c) => String(c[0])).join("\n")).toContain(`ref=${reference}`);
  });

  it("the sign-in form shows words and a reference, not the failed query", async () => {
    await databaseDown();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const provider = authOptions.providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    const attempt = provider.options.authorize({ email: `calm-${Date.now()}@example.test`, password: "whatever-password" }, { headers: { host: "localhost:3000", "x-forwarded-for": "203.0.113.9" } });
    await expect(attempt).rejects.toThrow(/^Plaza cannot reach its database right now\. Please try again in a moment\. \(Reference [0-9a-f]{8}\)$/);
  });

  it("a wrong password is still told as such while the database is up", async () => {
    const provider = authOptions.providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    await expect(
      provider.options.authorize({ email: "owner@acme.test", password: "not-the-password" }, { headers: { host: "localhost:3000", "x-forwarded-for": "203.0.113.10" } }),
    ).rejects.toThrow(/^Wrong email or password\.$/);
  });
});
