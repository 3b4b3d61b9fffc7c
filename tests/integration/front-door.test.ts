import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { storeDomains, stores } from "@/lib/db/schema";
import { routeInFront } from "@/lib/http/front-door";
import { createTestStore, testDatabases } from "./db";

/*
 * The HTTP server's front door (lib/http/front-door.ts) routes the common
 * page load itself and marks it so proxy.ts is skipped. What it routes must
 * come out exactly as the proxy's rewrite would; what it cannot carry out
 * completely (a 403 status page, a token page's Referrer-Policy, a client
 * navigation, a body, an unknown store) it leaves untouched for the proxy.
 * Real node:http request and response objects, real store lookups.
 */

const { owner } = testDatabases();
const ROOT = "localhost:3000"; // tests/integration/setup-env.ts

function request(method: string, url: string, headers: Record<string, string>) {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.url = url;
  req.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { req, res: new ServerResponse(req) };
}

async function routed(method: string, url: string, headers: Record<string, string>) {
  const { req, res } = request(method, url, headers);
  const inFront = await routeInFront(req, res);
  return { inFront, url: req.url, headers: req.headers, response: res.getHeaders() };
}

/** Left to the proxy: false, and the request exactly as it came (the proxy routes what it sees). */
async function expectLeftAlone(method: string, url: string, headers: Record<string, string>) {
  const { req, res } = request(method, url, headers);
  const before = { url: req.url, headers: { ...req.headers } };
  expect(await routeInFront(req, res)).toBe(false);
  expect({ url: req.url, headers: req.headers }).toEqual(before);
  expect(res.getHeaderNames()).toEqual([]);
}

describe("the front door routes what a rewrite covers", () => {
  it("a storefront on its subdomain: the store's route, its slug and base, a nonce in the CSP, the mark", async () => {
    const store = await createTestStore(owner, "fd");
    const r = await routed("GET", "/products/lamp?after=x", { host: `${store.slug}.${ROOT}`, accept: "text/html" });
    expect(r.inFront).toBe(true);
    expect(r.url).toBe(`/s/${store.slug}/products/lamp?after=x`);
    expect(r.headers["x-plaza-store"]).toBe(store.slug);
    expect(r.headers["x-plaza-base"]).toBe("");
    expect(r.headers["x-plaza-routed"]).toBe("1");
    const nonce = r.headers["x-plaza-nonce"] as string;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(r.headers["content-security-policy"]).toContain(`'nonce-${nonce}'`);
    expect(r.response["content-security-policy"]).toBe(r.headers["content-security-policy"]);
    expect(r.response["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("path mode, the dashboard, a custom domain and the console each get their route and base", async () => {
    const store = await createTestStore(owner, "fd");
    expect(await routed("GET", `/stores/${store.slug}/shop/cart`, { host: ROOT })).toMatchObject({ inFront: true, url: `/s/${store.slug}/cart`, headers: { "x-plaza-base": `/stores/${store.slug}/shop` } });
    expect(await routed("HEAD", "/dashboard/orders", { host: `${store.slug}.${ROOT}` })).toMatchObject({ inFront: true, url: `/d/${store.slug}/orders`, headers: { "x-plaza-base": "/dashboard", "x-plaza-store": store.slug } });
    const domain = `shop-${randomUUID().slice(0, 8)}.example`;
    await owner.insert(storeDomains).values({ storeId: store.id, domain, status: "verified", verificationToken: "t" });
    expect(await routed("GET", "/", { host: domain })).toMatchObject({ inFront: true, url: `/s/${store.slug}`, headers: { "x-plaza-base": "", "x-plaza-store": store.slug } });
    expect(await routed("GET", "/stores", { host: `admin.${ROOT}` })).toMatchObject({ inFront: true, url: "/admin/stores", headers: { "x-plaza-base": "" } });
  });

  it("what a client sends in Plaza's own headers is gone: the tenant comes from host and path only", async () => {
    const store = await createTestStore(owner, "fd");
    const r = await routed("GET", "/no-such-page", {
      host: ROOT,
      "x-plaza-store": store.slug,
      "x-plaza-not-found": "store",
      "x-plaza-nonce": "chosen",
      "x-tenant-id": store.id,
      "x-middleware-subrequest": "proxy",
      "content-security-policy": "script-src *",
    });
    expect(r.inFront).toBe(true);
    expect(r.url).toBe("/no-such-page");
    for (const name of ["x-plaza-store", "x-plaza-not-found", "x-tenant-id", "x-middleware-subrequest"]) expect(r.headers[name]).toBeUndefined();
    expect(r.headers["x-plaza-nonce"]).not.toBe("chosen");
    expect(r.headers["content-security-policy"]).not.toBe("script-src *");
  });
});

describe("the front door leaves to the proxy what it cannot carry out completely", () => {
  it("a storefront that is not serving (its status page answers 403)", async () => {
    const store = await createTestStore(owner, "fd");
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, store.id));
    await expectLeftAlone("GET", "/", { host: `${store.slug}.${ROOT}` });
  });

  it("an unknown store, an internal path, a malformed or dot-segment path", async () => {
    await expectLeftAlone("GET", "/", { host: `nosuch-${randomUUID().slice(0, 8)}.${ROOT}` });
    await expectLeftAlone("GET", "/s/acme", { host: ROOT, "x-plaza-store": "acme" });
    await expectLeftAlone("GET", "/%E0%A4%A", { host: ROOT });
    await expectLeftAlone("GET", "/a/../s/acme", { host: ROOT });
  });

  it("a page whose URL carries a token (no-referrer, which next.config.js would overwrite here)", async () => {
    await expectLeftAlone("GET", "/set-password?token=abc", { host: ROOT });
  });

  it("a client navigation, a prefetch, a server action, a body, another method, an uploaded file, the API, Next's own files", async () => {
    const store = await createTestStore(owner, "fd");
    const host = `${store.slug}.${ROOT}`;
    await expectLeftAlone("GET", "/", { host, rsc: "1" });
    await expectLeftAlone("GET", "/?_rsc=abc", { host });
    await expectLeftAlone("GET", "/", { host, "next-router-prefetch": "1" });
    await expectLeftAlone("POST", "/checkout", { host, "next-action": "abc", "content-length": "10" });
    await expectLeftAlone("GET", "/", { host, "content-length": "5" });
    await expectLeftAlone("GET", "/", { host, "transfer-encoding": "chunked" });
    await expectLeftAlone("PUT", "/", { host });
    await expectLeftAlone("GET", "/images/a.png", { host });
    await expectLeftAlone("GET", "/api/v1/products", { host });
    // Next's own files: served as they are on every host, as the proxy's matcher skips them.
    await expectLeftAlone("GET", "/_next/static/chunks/app.css", { host, accept: "text/css" });
    await expectLeftAlone("GET", "/_next/image?url=%2Fa.png&w=64&q=75", { host });
    await expectLeftAlone("GET", "/favicon.ico", { host });
    await expectLeftAlone("GET", "/__nextjs_original-stack-frames", { host });
  });
});
