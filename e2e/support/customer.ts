import { expect, type Page } from "@playwright/test";

export type ShippingDetails = {
  email: string;
  name: string;
  line1: string;
  city: string;
  postalCode: string;
  country?: string;
};

export const aCustomer = (overrides: Partial<ShippingDetails> = {}): ShippingDetails => ({
  email: "road.runner@example.test",
  name: "Road Runner",
  line1: "1 Desert Road",
  city: "Mesa",
  postalCode: "85201",
  ...overrides,
});

/**
 * A customer in one storefront. `base` is the store's URL prefix in whichever
 * routing mode the test uses (subdomain or path), so one flow serves both.
 */
export class Customer {
  constructor(
    private readonly page: Page,
    private readonly base: string,
  ) {}

  url(path: string) {
    return path === "/" ? this.base : `${this.base}${path}`;
  }

  async openProduct(handle: string) {
    await this.page.goto(this.url(`/products/${handle}`));
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async addToCart(quantity = 1) {
    await this.page.getByLabel("Quantity").fill(String(quantity));
    await this.page.getByRole("button", { name: "Add to cart" }).click();
    await expect(this.page.getByRole("status")).toContainText("Added to your cart");
  }

  cartCount() {
    return this.page.getByTestId("cart-count");
  }

  async openCart() {
    await this.page.getByRole("link", { name: /^Cart,/ }).click();
    await expect(this.page.getByRole("heading", { name: "Your cart" })).toBeVisible();
  }

  async setQuantity(title: string, quantity: number) {
    await this.page.getByLabel(`Quantity of ${title}`).fill(String(quantity));
    await this.page.getByRole("button", { name: "Update" }).first().click();
  }

  async goToCheckout() {
    await this.page.getByRole("link", { name: "Check out" }).click();
    await expect(this.page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  }

  async fillCheckout(details: ShippingDetails) {
    const form = this.page.locator("form").filter({ has: this.page.getByRole("button", { name: /Place order/ }) });
    await form.getByLabel("Email").fill(details.email);
    await form.getByLabel("Full name").fill(details.name);
    await form.getByLabel("Street address").fill(details.line1);
    await form.getByLabel("City").fill(details.city);
    await form.getByLabel("Postal code").fill(details.postalCode);
    if (details.country) await form.getByLabel("Country").selectOption(details.country);
  }

  async placeOrder() {
    await this.page.getByRole("button", { name: /Place order/ }).click();
  }

  /** Waits for the confirmation page and returns the order number it shows. */
  async expectConfirmation(): Promise<number> {
    const heading = this.page.getByRole("heading", { level: 1, name: /^Order #\d+$/ });
    await expect(heading).toBeVisible();
    await expect(this.page.getByText("Thank you for your order")).toBeVisible();
    return Number((await heading.textContent())!.replace(/\D/g, ""));
  }
}
