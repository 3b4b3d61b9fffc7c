import { mkdirSync, writeFileSync } from "node:fs";
import { confirmDialog } from "./confirm";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { storeHost } from "./urls";

/*
 * Page objects for the store settings pages (domains, configuration, API
 * keys, export), and the fake DNS zone the e2e server reads
 * (PLAZA_DNS_FAKE_FILE in playwright.config.ts).
 */

export const FAKE_DNS_FILE = path.resolve(".data/e2e/fake-dns.json");

/** Replaces the fake DNS zone; the server reads it on every lookup. */
export function publishDns(zone: { txt?: Record<string, string[][]>; cname?: Record<string, string[]> }) {
  mkdirSync(path.dirname(FAKE_DNS_FILE), { recursive: true });
  writeFileSync(FAKE_DNS_FILE, JSON.stringify(zone));
}

export class StoreSettings {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  async openDomains() {
    await this.page.goto(storeHost(this.slug, "/dashboard/settings/domains"));
    await expect(this.page.getByRole("heading", { name: "Custom domains", level: 2 })).toBeVisible();
  }

  domain(name: string) {
    return this.page.getByRole("listitem", { name });
  }

  async addDomain(name: string) {
    await this.page.getByLabel("Domain", { exact: true }).fill(name);
    await this.page.getByRole("button", { name: "Add domain" }).click();
    await expect(this.page.getByRole("status")).toContainText(`${name} added`);
    await expect(this.domain(name)).toBeVisible();
  }

  /** The TXT record's value and the CNAME target, as the page shows them. */
  async dnsRecords(name: string) {
    const card = this.domain(name);
    return { txt: (await card.getByTestId("txt-value").textContent())!.trim(), cname: (await card.getByTestId("cname-value").textContent())!.trim() };
  }

  async verify(name: string) {
    await this.domain(name).getByRole("button", { name: /Verify now|Check again/ }).click();
  }

  async removeDomain(name: string) {
    await this.domain(name).getByRole("button", { name: "Remove" }).click();
    await confirmDialog(this.page, { action: "Remove domain", says: name });
    await expect(this.domain(name)).toHaveCount(0);
    // The list updates optimistically; the message comes once the server has removed it.
    await expect(this.page.getByRole("status").filter({ hasText: `${name} removed.` })).toBeVisible();
  }

  async openApiKeys() {
    await this.page.goto(storeHost(this.slug, "/dashboard/settings/api-keys"));
    await expect(this.page.getByRole("heading", { name: "API keys", level: 2 })).toBeVisible();
  }

  /** Creates a key and returns its token (shown once). */
  async createApiKey(name: string, scopes: string[]) {
    await this.page.getByLabel("Name").fill(name);
    for (const s of scopes) await this.page.getByRole("checkbox", { name: new RegExp(s) }).check();
    await this.page.getByRole("button", { name: "Create key" }).click();
    const token = this.page.getByTestId("new-api-token");
    await expect(token).toBeVisible();
    return (await token.textContent())!.trim();
  }

  async revokeApiKey(name: string) {
    // The list shows "Revoked" optimistically; wait for the server action itself to answer.
    const answered = this.page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/settings/api-keys"));
    await this.page.getByRole("button", { name: `Revoke ${name}` }).click();
    await confirmDialog(this.page, { action: "Revoke key", says: name });
    await answered;
    await expect(this.page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  }

  async openConfig() {
    await this.page.goto(storeHost(this.slug, "/dashboard/settings/config"));
    await expect(this.page.getByRole("heading", { name: "Configuration", level: 2 })).toBeVisible();
  }

  async openExport() {
    await this.page.goto(storeHost(this.slug, "/dashboard/settings/export"));
    await expect(this.page.getByRole("heading", { name: "Export and import", level: 2 })).toBeVisible();
  }
}
