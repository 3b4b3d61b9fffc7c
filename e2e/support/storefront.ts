import { expect, type Page } from "@playwright/test";

/** A customer's view of one storefront, in whichever routing mode the URL picks. */
export class StorefrontPage {
  constructor(private readonly page: Page) {}

  async open(url: string) {
    const response = await this.page.goto(url);
    return response?.status();
  }

  products() {
    return this.page.getByRole("list", { name: "Products" }).getByRole("heading", { level: 2 });
  }

  async expectStore(name: string) {
    await expect(this.page.getByRole("banner")).toContainText(name);
  }
}
