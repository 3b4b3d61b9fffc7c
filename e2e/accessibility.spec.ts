import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { ConsolePage, DEMO_PASSWORD, StoreDashboard, unique } from "./support/auth";
import { ProductsPage } from "./support/dashboard";
import { expect, test } from "./support/test";
import { consoleHost, root, storeHost } from "./support/urls";

/*
 * Accessibility as a test (issue 14): axe-core checks every page of every
 * actor — visitor, customer, store owner, platform admin — against WCAG 2.1 A
 * and AA, and the suite fails on any serious or critical violation. Each actor
 * collects the violations of all its pages first and fails once with the
 * whole list, so one run says everything there is to fix.
 */

// Screenshots for review, beside the other specs' (.data is ignored by git).
const SHOTS = ".data/screens/accessibility";
mkdirSync(SHOTS, { recursive: true });

type Found = { url: string; id: string; impact: string; help: string; targets: string[] };

async function audit(page: Page, url: string, found: Found[]) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const v of results.violations) {
    if (v.impact !== "serious" && v.impact !== "critical") continue;
    found.push({ url, id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) });
  }
}

// Axe takes a second or two per page under load: the actors with many pages get room.
const MANY_PAGES = 240_000;

function report(found: Found[]) {
  expect(found.map((f) => `${f.impact} ${f.id} on ${f.url}: ${f.help} — ${f.targets.join(" | ")}`)).toEqual([]);
}

test("visitor pages: landing, signup, join, login", async ({ page }) => {
  const found: Found[] = [];
  for (const path of ["/", "/signup", "/signup/acme", "/login", "/set-password"]) await audit(page, root(path), found);
  report(found);
});

test("storefront pages, as a customer", async ({ page }) => {
  test.setTimeout(MANY_PAGES);
  const found: Found[] = [];
  const shop = (path = "/") => storeHost("acme", path);
  await audit(page, shop("/"), found);
  await audit(page, shop("/products/rocket-skates"), found);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("cart-count")).not.toHaveText("0");
  for (const path of ["/cart", "/checkout", "/account/sign-in", "/account/register"]) await audit(page, shop(path), found);
  // Path mode serves the same pages under another prefix.
  await audit(page, root("/stores/acme/shop"), found);
  report(found);
});

test("dashboard pages, as the store's owner", async ({ page }) => {
  test.setTimeout(MANY_PAGES);
  const found: Found[] = [];
  const dash = new StoreDashboard(page, "acme");
  await audit(page, storeHost("acme", "/dashboard/login"), found);
  await dash.signIn("owner@acme.test", DEMO_PASSWORD);
  const paths = [
    "/", "/products", "/products/new", "/orders", "/customers", "/members", "/activity", "/catalog",
    "/settings", "/settings/domains", "/settings/config", "/settings/api-keys", "/settings/export", "/settings/payments", "/settings/webhooks",
  ];
  for (const path of paths) await audit(page, storeHost("acme", `/dashboard${path}`), found);
  // A product's own page, from the list.
  await page.goto(storeHost("acme", "/dashboard/products"));
  const productHref = await page.getByRole("link", { name: "Rocket Skates" }).first().getAttribute("href");
  if (productHref) await audit(page, storeHost("acme", productHref), found);
  await page.goto(storeHost("acme", "/dashboard/members"));
  await page.screenshot({ path: `${SHOTS}/dashboard-members.png`, fullPage: true });
  report(found);
});

test("console pages, as a platform admin", async ({ page }) => {
  test.setTimeout(MANY_PAGES);
  const found: Found[] = [];
  await new ConsolePage(page).signIn();
  for (const path of ["/", "/?status=all", "/overview", "/stores", "/stores/acme", "/catalog", "/catalog/new", "/api-keys", "/audit", "/health", "/mailbox"]) {
    await audit(page, consoleHost(path), found);
  }
  // An application's page, from the queue (the seeded Initech is pending).
  await page.goto(consoleHost("/?status=all&q=initech"));
  const detail = await page.getByRole("link", { name: /Initech — details and history/ }).getAttribute("href");
  expect(detail).toMatch(/\/applications\/[0-9a-f-]{36}$/);
  await audit(page, consoleHost(detail!), found);
  await page.screenshot({ path: `${SHOTS}/console-application.png`, fullPage: true });
  await page.goto(consoleHost("/"));
  await page.screenshot({ path: `${SHOTS}/console-queue.png`, fullPage: true });
  await page.goto(consoleHost("/audit"));
  await page.screenshot({ path: `${SHOTS}/console-audit.png`, fullPage: true });
  report(found);
});

test("the store's activity reads as sentences with links, filterable; the overview shows what is left to set up", async ({ page }) => {
  await new StoreDashboard(page, "acme").signIn("owner@acme.test", DEMO_PASSWORD);
  const title = `Blue Mug ${unique()}`;
  await new ProductsPage(page, "acme").create({ title, handle: `blue-mug-${unique()}`, price: "12.00", stock: 3, status: "draft" });
  await page.goto(storeHost("acme", "/dashboard/activity"));
  const history = page.getByRole("table", { name: "Store activity" });
  const row = history.getByRole("row").filter({ hasText: `Wile E. Coyote created product ${title}` });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", /\/dashboard\/products\/[0-9a-f-]{36}$/);
  await expect(history).not.toContainText("product.created");
  await page.screenshot({ path: `${SHOTS}/dashboard-activity.png`, fullPage: true });
  // The kind filter: membership decisions only leaves the product out.
  await page.getByLabel("What").selectOption("members");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=members/);
  await expect(page.getByText(`created product ${title}`)).toHaveCount(0);

  await page.goto(storeHost("acme", "/dashboard"));
  const steps = page.getByRole("list", { name: "Setup steps" });
  await expect(steps).toContainText("Add your first product (done)");
  await expect(steps.getByRole("link", { name: "Connect card payments" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dashboard-overview-checklist.png`, fullPage: true });
});

test("the storefront fits a 390 px wide phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/products/rocket-skates", "/cart", "/checkout", "/account/sign-in", "/account/register"]) {
    await page.goto(storeHost("acme", path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(storeHost("acme", "/"));
  await page.screenshot({ path: `${SHOTS}/storefront-390.png`, fullPage: true });
});

test("keyboard only: skip to the content, open a product, add it to the cart", async ({ page }) => {
  await page.goto(storeHost("acme", "/"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  // Visible when focused (it is hidden until then), with a focus outline.
  await expect(skip).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/skip-link-focused.png` });
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  // From the content, Tab reaches the first product's link, never the header first.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href?.includes("/products/") ?? false);
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/products\//);
  await page.getByRole("button", { name: "Add to cart" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("cart-count")).not.toHaveText("0");
});

test("keyboard only: the console's skip link and sign-out are reachable", async ({ page }) => {
  await new ConsolePage(page).signIn();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
