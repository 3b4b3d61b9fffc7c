import { expect, type Page } from "@playwright/test";
import { confirmDialog } from "./confirm";
import { storeHost } from "./urls";

/*
 * Page objects for the store dashboard's products and orders (issue 4), on the
 * store's subdomain: `await products.create({ … })`, `await orders.fulfill(n)`.
 */

export const dashboardUrl = (slug: string, path = "/") => storeHost(slug, `/dashboard${path === "/" ? "" : path}`);

/** A 1×1 PNG: enough for the server's byte-level type check. */
export const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

export type NewProduct = { title: string; handle: string; price: string; stock: number; status: "draft" | "active" };

export class DashboardNav {
  constructor(private readonly page: Page) {}

  menu() {
    return this.page.getByRole("navigation", { name: "Dashboard" });
  }

  async expectEntries(visible: string[], hidden: string[]) {
    for (const name of visible) await expect(this.menu().getByRole("link", { name, exact: true })).toBeVisible();
    for (const name of hidden) await expect(this.menu().getByRole("link", { name, exact: true })).toHaveCount(0);
  }
}

export class ProductsPage {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  async open() {
    await this.page.goto(dashboardUrl(this.slug, "/products"));
    await expect(this.page.getByRole("heading", { name: "Products", level: 1 })).toBeVisible();
  }

  table() {
    return this.page.getByRole("table", { name: "Products" });
  }

  /** Fills the new-product form and lands on the product's own page. */
  async create(p: NewProduct) {
    await this.open();
    await this.page.getByRole("link", { name: "Add product" }).click();
    const form = this.page.getByRole("form", { name: "New product" });
    await form.getByLabel("Title").fill(p.title);
    await form.getByLabel("Handle").fill(p.handle);
    await form.getByLabel(/^Price/).fill(p.price);
    await form.getByLabel("Stock").fill(String(p.stock));
    await form.getByLabel("Status").selectOption(p.status);
    await form.getByRole("button", { name: "Create product" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(p.title) })).toBeVisible();
    await expect(this.page.getByRole("form", { name: "Edit product" })).toBeVisible();
  }

  async uploadImage(file: { name: string; mimeType: string; buffer: Buffer }) {
    const form = this.page.getByRole("form", { name: "Product image" });
    await form.getByLabel("Image").setInputFiles(file);
    await form.getByRole("button", { name: "Upload image" }).click();
    await expect(form.getByRole("status")).toHaveText("Image uploaded.");
    await expect(this.page.getByTestId("product-image")).toBeVisible();
  }

  async setStatus(status: "draft" | "active") {
    const form = this.page.getByRole("form", { name: "Edit product" });
    await form.getByLabel("Status").selectOption(status);
    await form.getByRole("button", { name: "Save product" }).click();
    await expect(form.getByRole("status")).toHaveText("Product saved.");
  }

  /** Archive from the list (asks first; the row changes at once). */
  async archive(title: string) {
    await this.open();
    const row = this.table().getByRole("row").filter({ hasText: title });
    await row.getByRole("button", { name: /^Archive/ }).click();
    await confirmDialog(this.page, { action: "Archive", says: "leaves the storefront" });
    await expect(this.page.getByRole("status").filter({ hasText: `${title} archived.` })).toBeVisible();
    await expect(row).toContainText("archived");
  }
}

export class OrdersPage {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  async open() {
    await this.page.goto(dashboardUrl(this.slug, "/orders"));
    await expect(this.page.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible();
  }

  table() {
    return this.page.getByRole("table", { name: "Orders" });
  }

  async openOrder(number: number) {
    await this.table().getByRole("link", { name: `#${number}`, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: `Order #${number}` })).toBeVisible();
  }

  /** On the order's page. */
  async fulfill() {
    await this.page.getByRole("button", { name: "Fulfill order" }).click();
    await expect(this.page.getByTestId("order-fulfillment")).toHaveText("fulfilled");
  }

  fulfillment() {
    return this.page.getByTestId("order-fulfillment");
  }
}
