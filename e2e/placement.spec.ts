import { expect, test } from "./support/test";
import { ConsolePage, unique } from "./support/auth";
import { ConsoleStores } from "./support/console";
import { storeHost } from "./support/urls";

/*
 * Issue 13: a platform admin moves a store to a dedicated database from the
 * console and back; its storefront keeps serving. The dedicated database is
 * another database on the e2e server's embedded PostgreSQL (created by the move).
 */

test("the admin moves a store to a dedicated database and back; its storefront keeps serving", async ({ page }) => {
  test.setTimeout(120_000);
  await new ConsolePage(page).signIn();
  const stores = new ConsoleStores(page);
  const slug = `place-${unique()}`;
  const name = `Placed ${slug}`;
  await stores.create({ name, slug, plan: "enterprise", ownerEmail: `owner-${slug}@example.test` });
  const first = await page.goto(storeHost(slug, "/"));
  expect(first?.status()).toBe(200);

  await stores.open(slug);
  const section = page.getByRole("region", { name: "Placement" });
  await expect(section.getByTestId("placement")).toHaveText("Shared pool");
  await expect(section).toContainText("The Enterprise plan includes a dedicated database.");
  const form = page.getByRole("form", { name: "Move this store" });

  // Bad input: a clear message, nothing moved.
  await form.getByLabel("A dedicated database").check();
  await form.getByLabel("PostgreSQL address").fill("mysql://nope");
  await form.getByRole("button", { name: "Move store" }).click();
  await expect(form.getByText(/Use a postgres:\/\/ address/)).toBeVisible();
  await expect(section.getByTestId("placement")).toHaveText("Shared pool");

  const port = Number(process.env.E2E_PG_PORT ?? 54349);
  const database = `e2e_${slug.replace(/-/g, "_")}`;
  await form.getByLabel("PostgreSQL address").fill(`postgres://postgres:plaza-embedded@127.0.0.1:${port}/${database}`);
  await form.getByRole("button", { name: "Move store" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Move" }).click();
  await expect(form.getByRole("status").filter({ hasText: `${name} now lives in its dedicated database` })).toBeVisible({ timeout: 60_000 });
  await expect(section.getByTestId("placement")).toHaveText("Dedicated database");
  await expect(section).toContainText(`127.0.0.1:${port}/${database}`);
  await expect(section).not.toContainText("plaza-embedded");
  await page.screenshot({ path: "test-results/console-placement-dedicated.png", fullPage: true });

  const served = await page.goto(storeHost(slug, "/"));
  expect(served?.status()).toBe(200);
  await expect(page.getByRole("banner")).toContainText(name);

  await stores.open(slug);
  await form.getByLabel("The shared pool").check();
  await form.getByRole("button", { name: "Move store" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Move" }).click();
  await expect(form.getByRole("status").filter({ hasText: `${name} now lives in the shared pool` })).toBeVisible({ timeout: 60_000 });
  await expect(section.getByTestId("placement")).toHaveText("Shared pool");
  await expect(page.getByRole("table", { name: "Store audit trail" })).toContainText("moved store");

  const back = await page.goto(storeHost(slug, "/"));
  expect(back?.status()).toBe(200);
  await expect(page.getByRole("banner")).toContainText(name);
});
