import { expect, test } from "./support/test";
import { ConsolePage, unique } from "./support/auth";
import { ConsoleStores, withE2eDatabase } from "./support/console";
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
  await expect(page.getByRole("table", { name: "Store audit trail" })).toContainText("moved store"); // the history in words (lib/audit/describe.ts)

  const back = await page.goto(storeHost(slug, "/"));
  expect(back?.status()).toBe(200);
  await expect(page.getByRole("banner")).toContainText(name);
});

test("a move started elsewhere (another instance, the CLI) shows its progress on the store page, and the page follows it to the end", async ({ page }) => {
  test.setTimeout(60_000);
  await new ConsolePage(page).signIn();
  const stores = new ConsoleStores(page);
  const slug = `placew-${unique()}`;
  await stores.create({ name: `Watched ${slug}`, slug, plan: "enterprise", ownerEmail: `owner-${slug}@example.test` });
  // The progress row a moving process keeps in the control database (lib/db/move.ts), as the CLI would write it.
  await withE2eDatabase((c) =>
    c.query("insert into store_moves (store_id, step, table_name, rows, via, target) select id, 'copying', 'products', 1500, 'cli', '127.0.0.1:5432/plaza_big' from stores where slug = $1", [slug]),
  );
  await stores.open(slug);
  const section = page.getByRole("region", { name: "Placement" });
  const notice = section.getByRole("status").filter({ hasText: "A move to 127.0.0.1:5432/plaza_big is running" });
  await expect(notice).toBeVisible();
  await expect(section.getByTestId("move-elsewhere")).toHaveText("Started from the command line. Copying: products (1,500 rows)");
  await expect(page.getByRole("form", { name: "Move this store" }).getByRole("button", { name: "Move store" })).toBeDisabled();
  await page.screenshot({ path: "test-results/console-placement-move-elsewhere.png", fullPage: true });

  // The other process moves on, then ends: the page follows without a reload.
  await withE2eDatabase((c) => c.query("update store_moves set step = 'verifying', table_name = null, rows = null, updated_at = now() where store_id = (select id from stores where slug = $1)", [slug]));
  await expect(section.getByTestId("move-elsewhere")).toHaveText("Started from the command line. Verifying the copy (row counts and checksums)");
  await withE2eDatabase((c) => c.query("delete from store_moves where store_id = (select id from stores where slug = $1)", [slug]));
  await expect(notice).toBeHidden();
  await expect(page.getByRole("form", { name: "Move this store" }).getByRole("button", { name: "Move store" })).toBeEnabled();
  await expect(section.getByTestId("placement")).toHaveText("Shared pool");
});
