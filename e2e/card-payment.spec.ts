import { randomBytes } from "node:crypto";
import { confirmDialog } from "./support/confirm";
import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { ConsolePage, DEMO_PASSWORD, StoreDashboard, unique } from "./support/auth";
import { ConsoleStores, withE2eDatabase } from "./support/console";
import { aCustomer, Customer } from "./support/customer";
import { Mailbox } from "./support/mailbox";
import { storeHost } from "./support/urls";

/*
 * Card payments in a real browser: the owner connects the store's Stripe
 * account in the dashboard, a customer pays by card on the (stand-in) Stripe
 * page, Stripe's signed webhook marks the order paid, and the owner refunds
 * part of it. The stand-in (tests/support/stripe-server.ts) runs beside the
 * e2e server, which talks to it with the real Stripe SDK (scripts/e2e-server.sh).
 */

const standIn = () => (JSON.parse(readFileSync(".data/e2e/stripe-standin.json", "utf8")) as { origin: string }).origin;

test("a customer pays by card and the order shows paid, with the confirmation mail; the owner refunds part of it and ships it with tracking, which the customer sees", async ({ page, browser }) => {
  // A fresh store owned by the demo owner, so the seeded stores keep pay on delivery only.
  const slug = `card-${unique()}`;
  const name = `Card Shop ${slug}`;
  await new ConsolePage(page).signIn();
  await new ConsoleStores(page).create({ name, slug, plan: "basic", ownerEmail: "owner@acme.test" });
  await withE2eDatabase(async (client) => {
    await client.query("set app.tenant_id = ''");
    const { rows } = await client.query<{ id: string }>("select id from stores where slug = $1", [slug]);
    await client.query("select set_config('app.tenant_id', $1, false)", [rows[0]!.id]);
    await client.query("insert into products (tenant_id, handle, title, price_cents, stock, status) values ($1, 'rocket-skates', 'Rocket Skates', 4500, 3, 'active')", [rows[0]!.id]);
  });

  // The owner connects Stripe (test keys) on the payments settings page.
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await new StoreDashboard(ownerPage, slug).signIn("owner@acme.test", DEMO_PASSWORD);
  await ownerPage.goto(storeHost(slug, "/dashboard/settings/payments"));
  await expect(ownerPage.getByTestId("payments-status")).toContainText("Card payments: off");
  const secretKey = `sk_test_${randomBytes(12).toString("hex")}`;
  const webhookSecret = `whsec_${randomBytes(16).toString("hex")}`;
  for (const [label, value] of [
    ["Stripe secret key", secretKey],
    ["Stripe webhook secret", webhookSecret],
  ] as const) {
    const row = ownerPage.getByRole("listitem", { name: label, exact: true });
    await row.getByLabel(`New ${label.toLowerCase()}`).fill(value);
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.getByTestId("config-current")).not.toHaveText("Not set");
  }
  await expect(ownerPage.getByTestId("payments-status")).toContainText("Card payments: on");
  await expect(ownerPage.getByTestId("test-mode-banner")).toBeVisible();
  const webhookUrl = (await ownerPage.getByTestId("webhook-url").textContent())!;
  expect(webhookUrl).toMatch(/\/api\/webhooks\/stripe\/[0-9a-f-]{36}$/);
  // What the owner does in Stripe's dashboard: add the endpoint; the stand-in then signs its events with the secret.
  const registered = await fetch(`${standIn()}/_control/accounts`, { method: "POST", body: JSON.stringify({ secretKey, webhookSecret, webhookUrl }) });
  expect(registered.status).toBe(200);

  // The customer pays by card.
  const shop = new Customer(page, storeHost(slug).replace(/\/$/, ""));
  await page.goto(storeHost(slug, "/products/rocket-skates"));
  await shop.addToCart(1);
  await shop.openCart();
  await shop.goToCheckout();
  await expect(page.getByTestId("test-mode-banner")).toBeVisible();
  await shop.fillCheckout(aCustomer({ email: `card-${slug}@example.test` }));
  await page.getByRole("radio", { name: /^Card/ }).check();
  await shop.placeOrder();
  await expect(page.getByRole("heading", { name: "Pay 4500 USD" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(standIn());
  await page.getByRole("button", { name: "Pay", exact: true }).click();

  const number = await shop.expectConfirmation();
  await expect(page.getByTestId("payment-status")).toHaveText("Paid · Card");
  await expect(page.getByRole("button", { name: /Pay now/ })).toHaveCount(0);

  // The owner sees it paid, refunds 10.00 and the order says so.
  await ownerPage.goto(storeHost(slug, "/dashboard/orders"));
  await ownerPage.getByRole("link", { name: `#${number}` }).click();
  await expect(ownerPage.getByTestId("order-payment")).toContainText(/paid/i);
  await ownerPage.getByLabel("Amount").fill("10.00");
  await ownerPage.getByLabel("Note (optional, kept in the audit log)").fill("One wheel squeaks");
  await ownerPage.getByRole("button", { name: "Refund" }).click();
  await confirmDialog(ownerPage, { action: "Refund", says: "cannot be undone" });
  await expect(ownerPage.getByTestId("refunded")).toHaveText("Refunded $10.00");
  await expect(ownerPage.getByTestId("order-payment")).toContainText(/partially/i);
  await expect(ownerPage.getByRole("list", { name: "Timeline" })).toContainText("Refunded $10.00 (requested by customer): One wheel squeaks");

  // The owner ships it with tracking; the customer's order page shows it.
  await ownerPage.getByLabel("Tracking number (optional)").fill("1Z999AA10123456784");
  await ownerPage.getByLabel("Carrier (optional)").fill("UPS");
  await ownerPage.getByRole("button", { name: "Fulfill order" }).click();
  await expect(ownerPage.getByTestId("tracking")).toHaveText("UPS · 1Z999AA10123456784");

  await page.reload();
  await expect(page.getByTestId("payment-status")).toHaveText("Partially refunded · Card");
  await expect(page.getByTestId("fulfillment-status")).toHaveText("Shipped");
  await expect(page.getByTestId("tracking")).toHaveText("UPS: 1Z999AA10123456784");

  // The customer's mail, read in the console's mailbox: the confirmation once Stripe confirmed the payment, then the parcel.
  const admin = await browser.newContext();
  const mailbox = new Mailbox(await admin.newPage());
  const to = `card-${slug}@example.test`;
  await expect((await mailbox.message(to, new RegExp(`order #${number} confirmed`))).getByLabel(/^Text body/)).toContainText(`We received your payment for order #${number}.`);
  await expect((await mailbox.message(to, new RegExp(`order #${number} has shipped`))).getByLabel(/^Text body/)).toContainText("Tracking (UPS): 1Z999AA10123456784");
  await admin.close();
  await owner.close();
});
