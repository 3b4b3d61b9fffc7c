import { expect, test } from "./support/test";
import { confirmDialog } from "./support/confirm";
import { DEMO_PASSWORD, StoreDashboard, unique } from "./support/auth";
import { publishDns, StoreSettings } from "./support/settings";
import { expectSecurityHeaders } from "./support/security-headers";
import { hostHeader, loopback } from "./support/urls";

/*
 * Store settings (issue 5): custom domains through the fake DNS zone, API
 * keys used against the REST API, configuration and export. Every test
 * undoes what it changes (domain removed, key revoked, setting cleared).
 */

const shot = async (page: import("@playwright/test").Page, name: string) => {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
};

test.beforeEach(async ({ page }) => {
  await new StoreDashboard(page, "acme").signIn("owner@acme.test", DEMO_PASSWORD);
});

test("an owner connects shop.example.test: TXT shown, verified through DNS, the host serves Acme, then removed", async ({ page, request }) => {
  const domain = "shop.example.test";
  const settings = new StoreSettings(page, "acme");
  await settings.openDomains();
  await expect(page.getByTestId("domain-usage")).toHaveText("0 / 2 custom domains");
  await settings.addDomain(domain);
  await expect(page.getByTestId("domain-usage")).toHaveText("1 / 2 custom domains");
  const card = settings.domain(domain);
  await expect(card.getByTestId("domain-status")).toHaveText("Pending");
  const records = await settings.dnsRecords(domain);
  expect(records.txt).toMatch(/^plaza-verify=/);
  await expect(card).toContainText(`_plaza-verification.${domain}`);
  await shot(page, "domains-pending");

  // Not published yet: verification fails and says why.
  publishDns({});
  await settings.verify(domain);
  await expect(card.getByRole("alert")).toContainText("No TXT record");

  publishDns({ txt: { [`_plaza-verification.${domain}`]: [[records.txt]] }, cname: { [domain]: [records.cname] } });
  await settings.verify(domain);
  await expect(card.getByTestId("domain-status")).toHaveText("Verified");
  await shot(page, "domains-verified");

  const res = await request.get(loopback("/"), { headers: { host: domain } });
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain("Acme");
  expect(html).toContain("Rocket Skates");
  // A custom-domain storefront gets the same headers as every other routing mode (issue 17).
  expectSecurityHeaders(res, "page", domain);

  await settings.removeDomain(domain);
  publishDns({});
  expect((await request.get(loopback("/"), { headers: { host: domain } })).status()).toBe(404);
});

test("an API key created in the dashboard reads acme's products; revoked, it is refused", async ({ page, request }) => {
  const name = `e2e key ${unique()}`;
  const settings = new StoreSettings(page, "acme");
  await settings.openApiKeys();
  const token = await settings.createApiKey(name, ["products:read"]);
  expect(token).toMatch(/^plz_/);
  await shot(page, "api-keys-created");

  const url = loopback("/api/v1/stores/acme/products");
  const ok = await request.get(url, { headers: { ...hostHeader(), authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  expect(JSON.stringify(await ok.json())).toContain("Rocket Skates");

  await settings.revokeApiKey(name);
  const refused = await request.get(url, { headers: { ...hostHeader(), authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});

test("configuration masks a saved secret; export downloads with progress and offers Save", async ({ page }) => {
  const settings = new StoreSettings(page, "acme");
  await settings.openConfig();
  const row = page.getByRole("listitem", { name: "Webhook signing secret" });
  await row.getByLabel("New webhook signing secret").fill("short");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Use at least 16 characters.")).toBeVisible();
  await row.getByLabel("New webhook signing secret").fill("whsec-e2e-0123456789-abcd");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByTestId("config-current")).toHaveText("••••abcd");
  await expect(row.getByRole("button", { name: "Replace" })).toBeVisible();
  await shot(page, "config");
  await row.getByRole("button", { name: "Clear" }).click();
  await confirmDialog(page, { action: "Clear" });
  await expect(row.getByTestId("config-current")).toHaveText("Not set");

  await settings.openExport();
  await page.getByRole("button", { name: "Download export" }).click();
  const save = page.getByRole("link", { name: /^Save acme-export-.*\.zip$/ });
  await expect(save).toBeVisible();
  await expect(page.getByText(/Export ready: .* rows\./)).toBeVisible();
  await shot(page, "export");
  const download = page.waitForEvent("download");
  await save.click();
  expect((await download).suggestedFilename()).toMatch(/^acme-export-.*\.zip$/);
});
