import { expect, test } from "./support/test";
import { ConsolePage, DEMO_PASSWORD, StoreDashboard, unique } from "./support/auth";
import { CustomerAccount, StoreSettings } from "./support/shop-settings";
import { aCustomer, Customer } from "./support/customer";
import { consoleHost, storeHost } from "./support/urls";

/*
 * Store settings and theme, the master catalog and customer accounts.
 * Every test restores what it changes in the seeded stores (the theme) or
 * works with its own fixtures (a new master product, a new customer).
 * SCREENSHOTS=1 saves the pages for review.
 */

const shots = process.env.SCREENSHOTS === "1";
const snap = async (page: import("@playwright/test").Page, name: string) => {
  if (shots) await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
};

const ACME_THEME = { tagline: "Quality gadgets since 1949", primaryColor: "#c2410c" };

test("theme change shows in the storefront", async ({ page }) => {
  const dashboard = new StoreDashboard(page, "acme");
  await dashboard.signIn("owner@acme.test", DEMO_PASSWORD);
  const settings = new StoreSettings(page, "acme");
  await settings.open();
  await snap(page, "settings");
  const tagline = `Now with rockets ${unique()}`;
  try {
    await settings.saveTheme({ tagline, primaryColor: "#1d4ed8" });
    await page.goto(storeHost("acme"));
    await expect(page.getByRole("banner")).toContainText(tagline);
    await expect(page.getByRole("banner").getByText("Acme", { exact: true })).toHaveCSS("color", "rgb(29, 78, 216)");
  } finally {
    await settings.open();
    await settings.saveTheme(ACME_THEME);
  }
  await page.goto(storeHost("acme"));
  await expect(page.getByRole("banner")).toContainText(ACME_THEME.tagline);
});

test("a customer registers at acme, buys, and sees the order in their account", async ({ page }) => {
  const base = storeHost("acme").replace(/\/$/, "");
  const email = `customer-${unique()}@example.test`;
  const account = new CustomerAccount(page, base);
  await account.register({ name: "Wile Coyote", email, password: "acme-rockets-forever" });
  await snap(page, "account-empty");
  const shop = new Customer(page, base);
  await shop.openProduct("giant-magnet");
  await shop.addToCart(1);
  await shop.openCart();
  await shop.goToCheckout();
  await shop.fillCheckout(aCustomer({ email, name: "Wile Coyote" }));
  await shop.placeOrder();
  const number = await shop.expectConfirmation();
  await page.getByRole("link", { name: "Account" }).click();
  await expect(account.orders()).toContainText(`Order #${number}`);
  await snap(page, "account-orders");
  // The account is acme's only: globex does not know this customer.
  await page.goto(storeHost("globex", "/account"));
  await expect(page.getByRole("heading", { name: /Sign in to Globex/ })).toBeVisible();
});

test("a platform admin adds a master product; acme opts in and sells it, globex does not show it", async ({ page, browser }) => {
  const title = `Portable hole ${unique()}`;
  const console = new ConsolePage(page);
  await console.signIn();
  await page.goto(consoleHost("/catalog/new"));
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Fits in any pocket.");
  await page.getByLabel("Suggested price").fill("19.99");
  await page.getByRole("button", { name: "Add to catalog" }).click();
  await expect(page.getByRole("table", { name: "Master products" })).toContainText(title);
  await snap(page, "console-catalog");

  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  const dashboard = new StoreDashboard(ownerPage, "acme");
  await dashboard.signIn("owner@acme.test", DEMO_PASSWORD);
  await ownerPage.goto(storeHost("acme", "/dashboard/catalog"));
  const card = ownerPage.getByRole("listitem").filter({ has: ownerPage.getByRole("heading", { name: title }) });
  await card.getByText("Add to my store…").click();
  await card.getByLabel("Your price").fill("24.50");
  await card.getByLabel("Stock").fill("5");
  await card.getByLabel("Status").selectOption("active");
  await snap(ownerPage, "store-catalog");
  await card.getByRole("button", { name: "Add to my store" }).click();
  await expect(card.getByTestId("opted-in")).toContainText("active");
  await expect(card.getByTestId("opted-in")).toContainText("$24.50");
  await ownerContext.close();

  await page.goto(storeHost("acme"));
  await expect(page.getByText(title)).toBeVisible();
  await page.goto(storeHost("globex"));
  await expect(page.getByRole("banner")).toContainText("Globex");
  await expect(page.getByText(title)).toHaveCount(0);
});
