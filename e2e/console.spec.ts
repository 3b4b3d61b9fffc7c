import { expect, test } from "./support/test";
import { ConsolePage, DEMO_PASSWORD, StoreDashboard, unique } from "./support/auth";
import { ConsoleStores, withE2eDatabase } from "./support/console";
import { storeHost } from "./support/urls";

/*
 * The platform console on running stores (issue 5). Each test opens the stores
 * it changes, so no test depends on another restoring the seeded ones.
 */

test("the admin suspends a store: its storefront is unavailable, then it is reactivated", async ({ page }) => {
  await new ConsolePage(page).signIn();
  const stores = new ConsoleStores(page);
  const slug = `susp-${unique()}`;
  const name = `Suspend Me ${slug}`;
  await stores.create({ name, slug, plan: "basic", ownerEmail: `owner-${slug}@example.test` });
  await page.goto(storeHost(slug, "/"));
  await expect(page.getByRole("banner")).toContainText(name);

  await stores.suspend(slug, "Unpaid invoices (e2e)");
  const closed = await page.goto(storeHost(slug, "/"));
  expect(closed?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: `${name} is temporarily unavailable` })).toBeVisible();

  await stores.reactivate(slug);
  const open = await page.goto(storeHost(slug, "/"));
  expect(open?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: `${name} is temporarily unavailable` })).toHaveCount(0);
  await stores.open(slug);
  await expect(page.getByRole("table", { name: "Store audit trail" })).toContainText(`reactivated store ${name}`);
  await page.screenshot({ path: "test-results/console-store-detail.png", fullPage: true });
});

test("a suspended store's dashboard shows read-only controls with the reason; the only owner is offered no Remove", async ({ page, browser }) => {
  await new ConsolePage(page).signIn();
  const stores = new ConsoleStores(page);
  const slug = `ro-${unique()}`;
  await stores.create({ name: `Read Only ${slug}`, slug, plan: "basic", ownerEmail: "owner@acme.test" });

  const ownerPage = await browser.newPage();
  await new StoreDashboard(ownerPage, slug).signIn("owner@acme.test", DEMO_PASSWORD);
  await ownerPage.goto(storeHost(slug, "/dashboard/members"));
  const me = ownerPage.getByRole("table", { name: "Members" }).getByRole("row").filter({ hasText: "owner@acme.test" });
  await expect(me).toContainText("The only owner");
  await expect(me.getByRole("button")).toHaveCount(0);
  await ownerPage.goto(storeHost(slug, "/dashboard/settings"));
  await expect(ownerPage.getByRole("button", { name: "Save store settings" })).toBeEnabled();

  await stores.suspend(slug, "Chargebacks (e2e)");
  await ownerPage.reload();
  const save = ownerPage.getByRole("button", { name: "Save store settings" });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAccessibleDescription("Read-only while the store is suspended");
  await ownerPage.screenshot({ path: "test-results/dashboard-read-only.png", fullPage: true });
  await ownerPage.goto(storeHost(slug, "/dashboard/products"));
  await expect(ownerPage.getByRole("link", { name: "Add product" })).toHaveCount(0);
  await expect(ownerPage.getByText("Read-only while the store is suspended: no products can be added.")).toBeVisible();
  await ownerPage.close();
});

test("deleting a store asks for its slug, and a wrong one or Cancel leaves it as it was", async ({ page }) => {
  await new ConsolePage(page).signIn();
  const stores = new ConsoleStores(page);
  const slug = `del-${unique()}`;
  await stores.create({ name: `Delete Me ${slug}`, slug, plan: "basic", ownerEmail: `owner-${slug}@example.test` });
  await stores.open(slug);
  const form = page.getByRole("form", { name: "Delete store" });

  // The reason is checked before anything is asked.
  await form.getByRole("button", { name: "Delete store" }).click();
  await expect(form.getByText(/give a reason/i)).toBeVisible();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);

  await form.getByLabel(/reason for the deletion/i).fill("Closing down (e2e)");
  await form.getByRole("button", { name: "Delete store" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("restored for 7 days");
  await dialog.getByLabel(/to confirm/).fill(`${slug}x`);
  await expect(dialog.getByRole("button", { name: "Schedule deletion" })).toBeDisabled();
  await page.screenshot({ path: "test-results/console-delete-confirm.png" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Restore store" })).toHaveCount(0);

  await stores.scheduleDeletion(slug, "Closing down (e2e)");
  await expect(page.getByRole("status").filter({ hasText: /will be purged on/ })).toBeVisible();
});

test("the downgrade preview lists what exceeds the new plan", async ({ page }) => {
  await new ConsolePage(page).signIn();
  const stores = new ConsoleStores(page);
  const slug = `plan-${unique()}`;
  await stores.create({ name: "Plan Test", slug, plan: "premium", ownerEmail: `owner-${slug}@example.test` });
  // A custom domain (owned by the store-settings UI of another area) as a fixture.
  await withE2eDatabase(
    (client) =>
      client.query(
        "insert into store_domains (store_id, domain, verification_token) select id, $1, 'e2e-token' from stores where slug = $2",
        [`shop.${slug}.example.test`, slug],
      ),
  );
  const preview = await stores.previewPlan(slug, "basic");
  await expect(preview).toContainText("1 / 0 custom domains");
  await expect(preview).toContainText("stop serving and return to pending");
  await expect(preview).toContainText("Loses custom domains");
  await page.screenshot({ path: "test-results/console-plan-preview.png", fullPage: true });
  await preview.getByRole("button", { name: "Confirm change to basic" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is now on the basic plan" })).toBeVisible();
});

test("support access shows the banner on the store's dashboard and ends on request", async ({ page }) => {
  await new ConsolePage(page).signIn();
  const stores = new ConsoleStores(page);
  await stores.startSupport("acme", "Ticket 1234 (e2e)");
  const banner = page.getByRole("status", { name: "Support access" });
  await expect(banner).toContainText("Support access by admin admin@plaza.test");
  await expect(banner).toContainText(/ends at \d{1,2}:\d\d/);
  await expect(page).toHaveURL(/acme\.localhost:\d+\/dashboard/);
  await page.getByRole("link", { name: "Members" }).first().click();
  await expect(page.getByRole("status", { name: "Support access" })).toBeVisible();
  await page.screenshot({ path: "test-results/console-support-banner.png", fullPage: true });

  await page.getByRole("button", { name: "End now" }).click();
  await expect(page).toHaveURL(/admin\.localhost:\d+\/stores\/acme/);
  await page.goto(storeHost("acme", "/dashboard"));
  await expect(page.getByRole("status", { name: "Support access" })).toHaveCount(0);
  await page.goto(storeHost("acme", "/dashboard"));
  await stores.open("acme");
  await expect(page.getByRole("table", { name: "Store audit trail" })).toContainText("ended support access to store Acme");
});

test("overview, stores list and health pages render", async ({ page }) => {
  await new ConsolePage(page).signIn();
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("heading", { name: "Platform overview" })).toBeVisible();
  await expect(page.locator("figcaption")).toContainText("Requests and checkouts, all stores");
  await page.screenshot({ path: "test-results/console-overview.png", fullPage: true });
  await page.getByRole("link", { name: "Stores", exact: true }).click();
  await page.getByLabel("Search by name or address").fill("glob");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("table", { name: "Stores" })).toContainText("globex");
  await expect(page.getByRole("table", { name: "Stores" })).not.toContainText("acme");
  await page.screenshot({ path: "test-results/console-stores.png", fullPage: true });
  await page.getByRole("link", { name: "Health" }).click();
  await expect(page.getByRole("heading", { name: "Database" })).toContainText("OK");
  await page.screenshot({ path: "test-results/console-health.png", fullPage: true });
});
