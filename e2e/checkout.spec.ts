import { expect, test } from "./support/test";
import { aCustomer, Customer } from "./support/customer";
import { root, storeHost } from "./support/urls";

/*
 * A customer buys in a real browser, in both routing modes, and sees the
 * confirmation; the order page is private to the browser (or link) that
 * placed it. SCREENSHOTS=1 also saves each storefront page for review.
 */

const shots = process.env.SCREENSHOTS === "1";
const snap = async (page: import("@playwright/test").Page, name: string) => {
  if (shots) await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
};

test("a customer buys at acme.localhost (subdomain mode) and sees the confirmation", async ({ page }) => {
  const shop = new Customer(page, storeHost("acme").replace(/\/$/, ""));
  await page.goto(storeHost("acme"));
  await snap(page, "catalog");
  await shop.openProduct("giant-magnet");
  await snap(page, "product");
  await expect(shop.cartCount()).toHaveText("0");
  await shop.addToCart(2);
  await expect(shop.cartCount()).toHaveText("2");
  await shop.openCart();
  await snap(page, "cart");
  await expect(page.getByTestId("cart-total")).toHaveText("$99.00");
  await shop.goToCheckout();

  // Inline field errors first, nothing typed is lost.
  await shop.fillCheckout(aCustomer({ email: "not-an-email" }));
  await shop.placeOrder();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Road Runner");
  await snap(page, "checkout-errors");

  await page.getByLabel("Email").fill("road.runner@example.test");
  await shop.placeOrder();
  const number = await shop.expectConfirmation();
  expect(number).toBeGreaterThanOrEqual(1001);
  await expect(page.getByTestId("order-total")).toHaveText("$99.00");
  await expect(shop.cartCount()).toHaveText("0");
  await snap(page, "confirmation");

  // Another browser without the cookie or link sees no order.
  const stranger = await page.context().browser()!.newContext();
  const other = await stranger.newPage();
  await other.goto(storeHost("acme", `/orders/${number}`));
  await expect(other.getByRole("heading", { name: "Open your order with its link" })).toBeVisible();
  await expect(other.getByText("Road Runner")).toHaveCount(0);
  // With the private link it opens.
  const link = await page.getByTestId("private-order-link").getAttribute("href");
  await other.goto(storeHost("acme", link!));
  await expect(other.getByRole("heading", { name: `Order #${number}` })).toBeVisible();
  await stranger.close();
});

test("a customer buys in path mode (localhost/stores/acme/shop) and the cart stays with its store", async ({ page }) => {
  const shop = new Customer(page, root("/stores/acme/shop"));
  await shop.openProduct("portable-hole");
  await shop.addToCart(1);
  await expect(shop.cartCount()).toHaveText("1");
  // Globex on the same host has its own (empty) cart: the cookie path is per store.
  await page.goto(root("/stores/globex/shop"));
  await expect(shop.cartCount()).toHaveText("0");

  await page.goto(root("/stores/acme/shop/cart"));
  await expect(page.getByRole("list", { name: "Cart items" })).toContainText("Portable Hole");
  await shop.goToCheckout();
  expect(page.url()).toBe(root("/stores/acme/shop/checkout"));
  await snap(page, "checkout");
  if (shots) {
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, "checkout-mobile");
    await page.goto(root("/stores/acme/shop/cart"));
    await snap(page, "cart-mobile");
    await page.goto(root("/stores/acme/shop/checkout"));
  }
  await shop.fillCheckout(aCustomer({ email: "wile@example.test", name: "Wile E." }));
  await shop.placeOrder();
  await shop.expectConfirmation();
  expect(page.url()).toMatch(new RegExp(`^${root("/stores/acme/shop/orders/")}\\d+$`));
});

test("bad cart input is refused inline, never a 500", async ({ page }) => {
  const shop = new Customer(page, storeHost("acme").replace(/\/$/, ""));
  await shop.openProduct("rocket-skates");
  await page.getByLabel("Quantity").fill("1000");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/at most 99/)).toBeVisible();
  await page.getByLabel("Quantity").fill("-3");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Quantity must be at least 1.")).toBeVisible();
  await expect(shop.cartCount()).toHaveText("0");
  // Sold out product: no form, a clear label.
  await shop.openProduct("earthquake-pills");
  await expect(page.getByTestId("stock")).toHaveText("Out of stock");
  await expect(page.getByRole("button", { name: "Add to cart" })).toHaveCount(0);
});

test("tampered storefront URLs get a clear page, never a 500", async ({ request }) => {
  const { hostHeader, loopback } = await import("./support/urls");
  const get = (path: string) => request.get(loopback(path), { headers: hostHeader("acme") });
  expect((await get("/products/%E0%A4%A")).status()).toBe(404);
  expect((await get("/products/no-such-product")).status()).toBe(404);
  expect((await get("/?after=%27%3Bdrop%20table&q=%25_")).status()).toBe(200);
  for (const path of ["/orders/abc", "/orders/1001?token=forged", "/orders/99999999999"]) {
    const res = await get(path);
    expect(res.status(), path).toBe(200);
    expect(await res.text(), path).toContain("Open your order with its link");
  }
  expect((await get("/images/..%2F..%2Fauth-secret")).status()).toBe(404);
});
