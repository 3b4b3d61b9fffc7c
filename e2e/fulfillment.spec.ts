import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { ConsolePage, DEMO_PASSWORD, StoreDashboard, unique } from "./support/auth";
import { ConsoleStores, withE2eDatabase } from "./support/console";
import { aCustomer, Customer } from "./support/customer";
import { Mailbox } from "./support/mailbox";
import { storeHost } from "./support/urls";

/*
 * Fulfilment by line in a real browser: a customer orders two products; the
 * owner ships one line with its tracking, and the customer's order page shows
 * "Partly shipped" with each line's status and tracking; the owner ships the
 * rest in a second parcel and the page shows every line shipped with its own
 * parcel's tracking. Each parcel mails the customer (read in the console's
 * mailbox). Screenshots go to .data/screens/fulfillment- for review.
 */

/** Serious or critical WCAG 2.1 A/AA violations on the page as it is now (as e2e/accessibility.spec.ts counts them). */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `.data/screens/fulfillment-${name}.png`, fullPage: true });

test("the owner ships part of an order, then the rest; the customer sees each line's status and tracking, and a mail per parcel", async ({ page, browser }) => {
  const slug = `ship-${unique()}`;
  await new ConsolePage(page).signIn();
  await new ConsoleStores(page).create({ name: `Ship Shop ${slug}`, slug, plan: "basic", ownerEmail: "owner@acme.test" });
  await withE2eDatabase(async (client) => {
    await client.query("set app.tenant_id = ''");
    const { rows } = await client.query<{ id: string }>("select id from stores where slug = $1", [slug]);
    await client.query("select set_config('app.tenant_id', $1, false)", [rows[0]!.id]);
    await client.query(
      "insert into products (tenant_id, handle, title, price_cents, stock, status) values ($1, 'anvil', 'Anvil', 2000, 5, 'active'), ($1, 'rope', 'Rope', 500, 5, 'active')",
      [rows[0]!.id],
    );
  });
  const mailbox = new Mailbox(page);

  // The customer orders 2 anvils and 1 rope, paying on delivery.
  const customerContext = await browser.newContext();
  const customer = await customerContext.newPage();
  const shop = new Customer(customer, storeHost(slug).replace(/\/$/, ""));
  const email = `ship-${slug}@example.test`;
  await shop.openProduct("anvil");
  await shop.addToCart(2);
  await shop.openProduct("rope");
  await shop.addToCart(1);
  await shop.openCart();
  await shop.goToCheckout();
  await shop.fillCheckout(aCustomer({ email }));
  await shop.placeOrder();
  const number = await shop.expectConfirmation();
  const orderUrl = customer.url();
  // The confirmation mail reached the customer.
  await expect((await mailbox.message(email, new RegExp(`order #${number} confirmed`))).getByLabel(/^Text body/)).toContainText("You pay on delivery");

  // The owner ships one anvil with tracking.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await new StoreDashboard(ownerPage, slug).signIn("owner@acme.test", DEMO_PASSWORD);
  await ownerPage.goto(storeHost(slug, "/dashboard/orders"));
  await ownerPage.getByRole("link", { name: `#${number}` }).click();
  await ownerPage.getByLabel("Ship now: Anvil").fill("1");
  await ownerPage.getByLabel("Ship now: Rope").fill("0");
  await ownerPage.getByLabel("Tracking number (optional)").fill("1Z111");
  await ownerPage.getByLabel("Carrier (optional)").fill("UPS");
  await ownerPage.getByRole("button", { name: "Fulfill order" }).click();
  await expect(ownerPage.getByRole("status").filter({ hasText: "Shipment recorded" })).toBeVisible();
  await expect(ownerPage.getByTestId("order-fulfillment")).toContainText("partially fulfilled");
  await expect(ownerPage.getByTestId("shipped-anvil")).toHaveText("1 of 2");
  await expect(ownerPage.getByRole("list", { name: "Timeline" })).toContainText("Partially fulfilled: shipped 1 × Anvil — UPS tracking 1Z111");
  // Cancelling is no longer offered once a parcel has left.
  await expect(ownerPage.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  await shot(ownerPage, "owner-partly-shipped");
  expect(await violations(ownerPage)).toEqual([]);

  await customer.goto(orderUrl);
  await expect(customer.getByTestId("fulfillment-status")).toHaveText("Partly shipped");
  await expect(customer.getByTestId("line-anvil").getByTestId("line-status")).toHaveText("1 of 2 shipped");
  await expect(customer.getByTestId("line-anvil").getByTestId("line-tracking")).toHaveText("UPS: 1Z111");
  await expect(customer.getByTestId("line-rope").getByTestId("line-status")).toHaveText("Preparing");
  await expect(customer.getByTestId("line-rope").getByTestId("line-tracking")).toHaveCount(0);
  await shot(customer, "customer-partly-shipped");
  expect(await violations(customer)).toEqual([]);

  // The rest in a second parcel.
  await ownerPage.getByLabel("Tracking number (optional)").fill("JD222");
  await ownerPage.getByLabel("Carrier (optional)").fill("DHL");
  await ownerPage.getByRole("button", { name: "Ship these items" }).click();
  await expect(ownerPage.getByTestId("order-fulfillment")).toContainText(/^fulfilled$/);
  await expect(ownerPage.getByTestId("shipment")).toHaveCount(2);
  await shot(ownerPage, "owner-shipped");

  await customer.reload();
  await expect(customer.getByTestId("fulfillment-status")).toHaveText("Shipped");
  await expect(customer.getByTestId("line-anvil").getByTestId("line-status")).toHaveText("Shipped");
  await expect(customer.getByTestId("line-anvil").getByTestId("line-tracking")).toHaveText(["UPS: 1Z111", "DHL: JD222"]);
  await expect(customer.getByTestId("line-rope").getByTestId("line-tracking")).toHaveText(["DHL: JD222"]);
  await shot(customer, "customer-shipped");

  // One mail per parcel.
  await expect((await mailbox.message(email, new RegExp(`part of order #${number} has shipped`))).getByLabel(/^Text body/)).toContainText("Tracking (UPS): 1Z111");
  await expect((await mailbox.message(email, new RegExp(`: order #${number} has shipped`))).getByLabel(/^Text body/)).toContainText("Tracking (DHL): JD222");
  await shot(page, "mailbox");
  await customerContext.close();
  await ownerContext.close();
});
