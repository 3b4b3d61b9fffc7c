import { afterEach, describe, expect, it, vi } from "vitest";

/*
 * The proxy under `next dev` and in production, for loopback and LAN
 * addresses. The proxy reads NODE_ENV per request and the environment when its
 * modules load, so each case loads them afresh. No database: the root host's
 * routes never look a store up.
 */

const settings = { ROOT_DOMAIN: "localhost:3000", DATABASE_APP_URL: "postgres://app@127.0.0.1:1/none", AUTH_SECRET: "s".repeat(40), PUBLIC_PROTOCOL: "http" };

async function load(nodeEnv: "development" | "production") {
  vi.resetModules();
  for (const [k, v] of Object.entries({ ...settings, NODE_ENV: nodeEnv })) vi.stubEnv(k, v);
  const [{ proxy }, { NextRequest }] = await Promise.all([import("@/proxy"), import("next/server")]);
  return (url: string) => proxy(new NextRequest(url, { headers: { host: new URL(url).host } }));
}

afterEach(() => vi.unstubAllEnvs());

describe("development hosts", () => {
  it.each(["http://127.0.0.1:3000/", "http://[::1]:3000/login", "http://192.168.1.23:3000/signup"])("under next dev, %s serves the root site", async (url) => {
    const get = await load("development");
    const res = (await get(url))!;
    // Passed through to the root pages, not rewritten to "Store not found".
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(res.headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("under next dev the internal segments stay unreachable on an address", async () => {
    const get = await load("development");
    const res = (await get("http://127.0.0.1:3000/s/acme"))!;
    expect(res.headers.get("x-middleware-rewrite")).toContain("/not-found-route");
  });

  it("in production an IPv6 loopback address is nobody's site", async () => {
    const get = await load("production");
    const res = (await get("http://[::1]:3000/"))!;
    expect(res.headers.get("x-middleware-next")).toBeNull();
    expect(res.headers.get("x-middleware-rewrite")).toContain("/not-found-route");
  });
});
