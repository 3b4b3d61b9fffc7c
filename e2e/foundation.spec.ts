import { expect, test } from "./support/test";
import { StorefrontPage } from "./support/storefront";
import { hostHeader, loopback, root, storeHost } from "./support/urls";

test("the landing page explains Plaza and lists the active stores only", async ({ page }) => {
  await page.goto(root());
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Your own store");
  const stores = page.getByRole("region", { name: "Stores on Plaza" }).or(page.locator("section[aria-labelledby=stores-heading]"));
  await expect(stores.getByText("Acme", { exact: true })).toBeVisible();
  await expect(stores.getByText("Globex", { exact: true })).toBeVisible();
  await expect(stores.getByText("Initech")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Open a store" })).toHaveAttribute("href", "/signup");
});

test("acme.localhost serves Acme's storefront and none of Globex's products", async ({ page }) => {
  const shop = new StorefrontPage(page);
  expect(await shop.open(storeHost("acme"))).toBe(200);
  await shop.expectStore("Acme");
  await expect(shop.products()).toContainText(["Rocket Skates"]);
  await expect(page.getByText("Company Hammock")).toHaveCount(0);
  await expect(page.getByText("Out of stock")).toBeVisible(); // Earthquake Pills has none left
});

test("path mode serves the same store as the subdomain", async ({ page }) => {
  const shop = new StorefrontPage(page);
  expect(await shop.open(root("/stores/globex/shop"))).toBe(200);
  await shop.expectStore("Globex");
  await expect(shop.products()).toContainText(["Company Hammock"]);
  // Links stay inside path mode.
  await expect(page.getByRole("banner").getByRole("link").first()).toHaveAttribute("href", "/stores/globex/shop");
});

test("an unknown store is a 404 'store not found' page", async ({ page }) => {
  const shop = new StorefrontPage(page);
  expect(await shop.open(storeHost("nosuchstore"))).toBe(404);
  await expect(page.getByRole("heading", { name: "Store not found" })).toBeVisible();
  expect(await shop.open(root("/stores/nosuchstore/shop"))).toBe(404);
});

test("a pending store shows 'awaiting approval' with a 403 and no catalog", async ({ page }) => {
  const response = await page.goto(storeHost("initech"));
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("not open yet");
  await expect(page.getByRole("list", { name: "Products" })).toHaveCount(0);
});

test("the internal tenant segment and bad slugs are not reachable from outside", async ({ request }) => {
  for (const path of ["/s/acme", "/d/acme", "/stores/ab/shop", "/stores/%ZZ/shop", "/store/-x-"]) {
    const res = await request.get(root(path));
    expect(res.status(), path).toBe(404);
  }
});

test("malformed input in URLs gives a page, never a server error", async ({ request }) => {
  const badCursor = Buffer.from("2024-13-45T99:99:99.000000Z|0b7c1b7e-1111-4222-8333-944455556666").toString("base64url");
  for (const path of ["/signup/%25", "/signup/%E0%A4%A", `/stores/acme/shop?after=${badCursor}`, "/stores/acme/shop?q=%25%25"]) {
    const res = await request.get(root(path));
    expect(res.status(), path).toBeLessThan(500);
  }
});

test("spoofed tenant headers change nothing", async ({ request }) => {
  const res = await request.get(loopback("/"), {
    headers: { ...hostHeader("acme"), "x-tenant-id": "globex", "x-tenant-slug": "globex", "x-plaza-base": "//evil.example", "x-middleware-subrequest": "proxy" },
  });
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain("Rocket Skates");
  expect(html).not.toContain("Company Hammock");
  expect(html).not.toContain("evil.example");
});

test("/api/health (liveness) and /api/ready (readiness) answer on every host", async ({ request }) => {
  for (const slug of [undefined, "acme", "nosuchstore"]) {
    const live = await request.get(loopback("/api/health"), { headers: hostHeader(slug) });
    expect(live.status()).toBe(200);
    expect(await live.json()).toMatchObject({ status: "ok", shuttingDown: false });
    const ready = await request.get(loopback("/api/ready"), { headers: hostHeader(slug) });
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", reasons: [], database: { ok: true }, migrations: { ok: true } });
  }
  // The server listens for other instances' changes (instrumentation.ts → lib/changes).
  await expect.poll(async () => (await (await request.get(loopback("/api/health"))).json()).changes).toBe("listening");
});
