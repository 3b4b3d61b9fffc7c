import { ConsolePage, DEMO_PASSWORD, StoreDashboard, unique } from "./support/auth";
import { ConsoleStores } from "./support/console";
import { expect, test } from "./support/test";
import { storeHost } from "./support/urls";

/*
 * Issue 14's "a new owner sees a checklist and can brand their store on the
 * Basic plan", as a new owner meets it: a fresh Basic store, its overview's
 * setup list and empty states, the colour saved on Basic and shown on the
 * storefront, and the store's time zone changing every time the dashboard
 * and the storefront show.
 */

test("a new Basic store: the owner follows the setup list, brands the store, and picks the time zone times are shown in", async ({ page, browser }) => {
  const slug = `fresh-${unique()}`;
  const name = `Fresh ${slug}`;
  await new ConsolePage(page).signIn();
  await new ConsoleStores(page).create({ name, slug, plan: "basic", ownerEmail: "owner@acme.test" });

  const owner = await (await browser.newContext()).newPage();
  const dash = new StoreDashboard(owner, slug);
  await dash.signIn("owner@acme.test", DEMO_PASSWORD);
  await dash.expectDashboard(name);
  const steps = owner.getByRole("list", { name: "Setup steps" });
  await expect(steps).toContainText("Add your first product (to do)");
  await expect(steps).toContainText("Add your logo and colour (to do)");
  // Basic has no custom domains: that step is not offered.
  await expect(steps).not.toContainText("domain");
  // An empty store says what to do next, not that stock is fine.
  await expect(owner.getByText("No products yet, so nothing can run low.")).toBeVisible();
  await expect(owner.getByText(/Every active product has more than/)).toHaveCount(0);

  // Branding on Basic: the colour saves; the tagline is Premium's and stays disabled.
  await steps.getByRole("link", { name: "Add your logo and colour" }).click();
  await expect(owner.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expect(owner.getByLabel("Tagline")).toBeDisabled();
  await owner.getByLabel("Primary colour").fill("#0e7490");
  await owner.getByRole("button", { name: "Save theme" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Theme saved" })).toBeVisible();
  const shop = await (await browser.newContext()).newPage();
  await shop.goto(storeHost(slug, "/"));
  await expect(shop.getByText(name, { exact: true }).first()).toHaveCSS("color", "rgb(14, 116, 144)");

  // The time zone: every time in the dashboard follows it, with the exact time and zone on hover.
  await owner.getByLabel("Time zone").selectOption("Asia/Tokyo");
  await owner.getByRole("button", { name: "Save store settings" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Store settings saved." })).toBeVisible();
  await owner.goto(storeHost(slug, "/dashboard/activity"));
  const when = owner.getByRole("table", { name: "Store activity" }).locator("time").first();
  await expect(when).toHaveAttribute("title", /GMT\+9/);
  await expect(when).toHaveText(/ago|just now|now/);

  await owner.goto(storeHost(slug, "/dashboard"));
  await expect(steps).toContainText("Add your logo and colour (done)");
  await expect(owner.getByText(/^1 of \d+ done\./)).toBeVisible();
});
