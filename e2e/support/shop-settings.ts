import { expect, type Page } from "@playwright/test";
import { storeHost } from "./urls";

/** Page objects for store settings, the master catalog and customer accounts (issue 4). */

export class StoreSettings {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  async open() {
    await this.page.goto(storeHost(this.slug, "/dashboard/settings"));
    await expect(this.page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  }

  async saveTheme(theme: { tagline: string; primaryColor: string }) {
    await this.page.getByLabel("Tagline").fill(theme.tagline);
    await this.page.getByLabel("Primary colour").fill(theme.primaryColor);
    await expect(this.page.getByTestId("theme-preview")).toContainText(theme.tagline);
    await this.page.getByRole("button", { name: "Save theme" }).click();
    await expect(this.page.getByRole("status")).toContainText("Theme saved");
  }
}

export class CustomerAccount {
  constructor(
    private readonly page: Page,
    private readonly base: string,
  ) {}

  async register(input: { name: string; email: string; password: string }) {
    await this.page.goto(`${this.base}/account/register`);
    await this.page.getByLabel("Full name").fill(input.name);
    await this.page.getByLabel("Email").fill(input.email);
    await this.page.getByLabel("Password").fill(input.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await expect(this.page.getByRole("heading", { name: `Hello, ${input.name}` })).toBeVisible();
  }

  orders() {
    return this.page.getByRole("list", { name: "Your orders" });
  }
}
