import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { and, eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseKeyring } from "@/lib/config/crypto";
import { setConfig } from "@/lib/config/store-config";
import { releaseExpiredOrders } from "@/lib/commerce/expiry";
import { cancelOrder, markOrderPaid } from "@/lib/commerce/order-operations";
import { storePayments } from "@/lib/commerce/payment";
import { startOrderPayment } from "@/lib/commerce/payment-start";
import { refundExpiredPayment, refundOrder } from "@/lib/commerce/refunds";
import { handleStripeWebhook } from "@/lib/commerce/stripe-webhook";
import { orderTimeline } from "@/lib/commerce/timeline";
import { orderRefunds, orders, paymentEvents, stores } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { freePort } from "../support/free-port";
import { startStripeServer } from "../support/stripe-server";
import { createTestStore, testDatabases } from "./db";
import { cartWith, checkout, checkoutForm, createProduct, stockOf } from "./commerce-fixtures";

/*
 * Card payments end to end on real PostgreSQL, with the real `stripe` SDK
 * talking HTTP to the local stand-in (tests/support/stripe-server.ts), and
 * webhooks delivered over HTTP, signed as Stripe signs them, into Plaza's own
 * handler. Nothing of Plaza is mocked.
 */

// Before anything reads the environment (lib/env.ts parses it once).
const keyringSpec = `k1:${randomBytes(32).toString("base64")}`;
process.env.CONFIG_ENCRYPTION_KEYS = keyringSpec;
const stripe = await startStripeServer();
process.env.STRIPE_API_BASE = stripe.origin;
const ring = parseKeyring(keyringSpec);

const { app, owner } = testDatabases();

// What app/api/webhooks/stripe/[storeId]/route.ts does, on a plain HTTP server.
let receiver: Server;
let receiverOrigin = "";
beforeAll(async () => {
  const port = await freePort();
  receiver = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const storeId = /^\/api\/webhooks\/stripe\/([^/]+)$/.exec(req.url ?? "")?.[1] ?? "";
      handleStripeWebhook(app, storeId, body, (req.headers["stripe-signature"] as string | undefined) ?? null)
        .then((r) => {
          res.writeHead(r.status, { "content-type": "application/json" });
          res.end(JSON.stringify(r.body));
        })
        .catch((err: unknown) => {
          res.writeHead(503);
          res.end(String(err));
        });
    });
  });
  await new Promise<void>((r) => receiver.listen(port, "127.0.0.1", r));
  receiverOrigin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await stripe.stop();
  await new Promise<void>((r) => receiver.close(() => r()));
});

const returnUrls = ({ number, accessToken }: { number: number; accessToken: string }) => ({
  successUrl: `http://shop.localhost:3000/orders/${number}?token=${accessToken}&payment=done`,
  cancelUrl: `http://shop.localhost:3000/orders/${number}?token=${accessToken}&payment=cancelled`,
});

/** A store with its own Stripe account at the stand-in, keys set through the store configuration. */
async function cardStore(currency = "usd") {
  const store = await createTestStore(owner, "card");
  if (currency !== "usd") await owner.update(stores).set({ currency }).where(eq(stores.id, store.id));
  const secretKey = `sk_test_${randomBytes(12).toString("hex")}`;
  const webhookSecret = `whsec_${randomBytes(16).toString("hex")}`;
  expect(await setConfig(app, ring, store.id, "payment.stripe_secret_key", secretKey, { userId: null })).toEqual({ ok: true });
  expect(await setConfig(app, ring, store.id, "payment.stripe_webhook_secret", webhookSecret, { userId: null })).toEqual({ ok: true });
  stripe.addAccount({ secretKey, webhookSecret, webhookUrl: `${receiverOrigin}/api/webhooks/stripe/${store.id}` });
  return { store: { ...store, currency }, secretKey, webhookSecret };
}

async function placeCardOrder(s: Awaited<ReturnType<typeof cardStore>>, opts: { stock?: number; price?: number; quantity?: number; form?: Record<string, unknown> } = {}) {
  const product = await createProduct(owner, s.store.id, { stock: opts.stock ?? 5, priceCents: opts.price ?? 2500 });
  const quantity = opts.quantity ?? 1;
  const cartId = await cartWith(app, s.store.id, [{ productId: product.id, quantity }]);
  const form = checkoutForm({ paymentMethod: "stripe", expectedTotalCents: (opts.price ?? 2500) * quantity, ...opts.form });
  const payments = await storePayments(app, s.store.id, ring);
  const placed = await checkout(app, s.store, cartId, form);
  // checkout() (the fixture) passes no return URLs: start the payment as the action does.
  if (!placed.ok) throw new Error(placed.message);
  const started = await startOrderPayment(app, { storeId: s.store.id, storeName: s.store.name, payments, orderId: placed.orderId, idempotencyKey: form.idempotencyKey as string, returnUrls });
  return { product, form, placed, started, quantity };
}

async function orderRow(storeId: string, orderId: string) {
  const [o] = await withTenant(owner, storeId, (tx) => tx.select().from(orders).where(and(eq(orders.tenantId, storeId), eq(orders.id, orderId))));
  return o!;
}

async function eventCount(storeId: string) {
  const [r] = (await owner.execute(sql`select count(*)::int as n from payment_events where tenant_id = ${storeId}`)).rows as [{ n: number }];
  return r.n;
}

const sessionIdOf = (url: string | null) => /\/pay\/(cs_test_[a-f0-9]+)$/.exec(url ?? "")![1]!;

describe("starting a card payment", () => {
  it("creates the order pending with an expiry, reserves stock, then opens one Checkout Session with the order id and the checkout's idempotency key", async () => {
    const s = await cardStore();
    const before = new Date();
    const { product, form, placed, started } = await placeCardOrder(s, { stock: 3, price: 1999, quantity: 2 });
    expect(started.ok).toBe(true);
    const order = await orderRow(s.store.id, placed.orderId);
    expect(order).toMatchObject({ status: "open", paymentStatus: "pending", paymentMethod: "stripe", totalCents: 3998 });
    expect(await stockOf(owner, s.store.id, product.id)).toBe(1);
    // Default expiry: 30 minutes.
    const minutes = (order.expiresAt!.getTime() - before.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(29.9);
    expect(minutes).toBeLessThan(30.1);

    const calls = stripe.requests.filter((r) => r.account === s.secretKey && r.path === "/v1/checkout/sessions");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.idempotencyKey).toBe(form.idempotencyKey);
    expect(calls[0]!.params).toMatchObject({
      mode: "payment",
      client_reference_id: placed.orderId,
      metadata: { order_id: placed.orderId, store_id: s.store.id, order_number: String(placed.number) },
      payment_intent_data: { metadata: { order_id: placed.orderId } },
      line_items: [{ quantity: "1", price_data: { currency: "usd", unit_amount: "3998" } }],
      expires_at: String(Math.floor(order.expiresAt!.getTime() / 1000)),
    });
    expect(order.paymentReference).toBe(sessionIdOf(started.ok ? started.redirectUrl : null));
  });

  it("gives a replayed submission the same payment page, without a second session", async () => {
    const s = await cardStore();
    const { form, placed, started } = await placeCardOrder(s);
    const payments = await storePayments(app, s.store.id, ring);
    const again = await checkout(app, s.store, null, form);
    expect(again.ok && again.replayed && again.orderId === placed.orderId).toBe(true);
    const restarted = await startOrderPayment(app, { storeId: s.store.id, storeName: "x", payments, orderId: placed.orderId, returnUrls });
    expect(restarted).toEqual(started);
    expect(stripe.requests.filter((r) => r.account === s.secretKey && r.path === "/v1/checkout/sessions")).toHaveLength(1);
  });

  it("keeps the order (stock reserved) when Stripe is down, and starts the same session on “Pay now”", async () => {
    const s = await cardStore();
    // The SDK retries twice: three failures in a row.
    for (let i = 0; i < 3; i++) stripe.failNext(/^\/v1\/checkout\/sessions$/, 500);
    const { product, placed, started } = await placeCardOrder(s, { stock: 2 });
    expect(started).toMatchObject({ ok: false, code: "payment" });
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ status: "open", paymentStatus: "pending", paymentUrl: null });
    expect(await stockOf(owner, s.store.id, product.id)).toBe(1);
    const payments = await storePayments(app, s.store.id, ring);
    const retry = await startOrderPayment(app, { storeId: s.store.id, storeName: "x", payments, orderId: placed.orderId, returnUrls });
    expect(retry.ok && retry.redirectUrl?.startsWith(stripe.origin)).toBe(true);
  });

  it("sends zero-decimal amounts as they are (JPY 1500 is 1500)", async () => {
    const s = await cardStore("JPY");
    await placeCardOrder(s, { price: 1500 });
    const call = stripe.requests.filter((r) => r.account === s.secretKey && r.path === "/v1/checkout/sessions").at(-1)!;
    expect(call.params).toMatchObject({ line_items: [{ price_data: { currency: "jpy", unit_amount: "1500" } }] });
  });

  it("offers card only with both keys, and pay on delivery unless switched off", async () => {
    const plain = await createTestStore(owner, "nocard");
    expect((await storePayments(app, plain.id, ring)).methods.map((m) => m.id)).toEqual(["manual"]);
    await setConfig(app, ring, plain.id, "payment.stripe_secret_key", "sk_test_abcdefghijkl", { userId: null });
    expect((await storePayments(app, plain.id, ring)).methods.map((m) => m.id)).toEqual(["manual"]);
    await setConfig(app, ring, plain.id, "payment.stripe_webhook_secret", "whsec_abcdefghijkl", { userId: null });
    await setConfig(app, ring, plain.id, "payment.pay_on_delivery", "off", { userId: null });
    const payments = await storePayments(app, plain.id, ring);
    expect(payments.methods.map((m) => m.id)).toEqual(["stripe"]);
    expect(payments.stripe?.testMode).toBe(true);
    // A checkout asking for the switched-off method is refused.
    const product = await createProduct(owner, plain.id, { stock: 1, priceCents: 1000 });
    const cartId = await cartWith(app, plain.id, [{ productId: product.id, quantity: 1 }]);
    const refused = await checkout(app, plain, cartId, checkoutForm({ paymentMethod: "manual" }));
    expect(refused).toMatchObject({ ok: false, code: "invalid", fieldErrors: { paymentMethod: "Choose a payment method." } });
    expect(await stockOf(owner, plain.id, product.id)).toBe(1);
  });
});

describe("the webhook", () => {
  it("marks the order paid once; a replayed event changes nothing", async () => {
    const s = await cardStore();
    const { placed, started } = await placeCardOrder(s);
    const paid = await stripe.pay(sessionIdOf(started.ok ? started.redirectUrl : null), "success");
    expect(paid.deliveries.map((d) => [d.type, d.status])).toEqual([
      ["checkout.session.completed", 200],
      ["payment_intent.succeeded", 200],
    ]);
    expect(JSON.parse(paid.deliveries[0]!.body)).toMatchObject({ received: true, outcome: "paid" });
    const order = await orderRow(s.store.id, placed.orderId);
    expect(order).toMatchObject({ status: "open", paymentStatus: "paid", paymentUrl: null, expiresAt: null });
    expect(order.paymentIntentId).toMatch(/^pi_test_/);

    const events = await eventCount(s.store.id);
    const replay = await stripe.redeliver(paid.deliveries[0]!.eventId);
    expect([replay.status, JSON.parse(replay.body).outcome]).toEqual([200, "already processed"]);
    expect(await eventCount(s.store.id)).toBe(events);
    expect((await orderRow(s.store.id, placed.orderId)).updatedAt).toEqual(order.updatedAt);
    const timeline = await orderTimeline(app, s.store.id, placed.orderId);
    expect(timeline.filter((e) => e.kind !== "mail").map((e) => e.kind)).toEqual(["placed", "payment_started", "paid"]);
    // Confirmed by mail once paid, not when the order was placed.
    const mail = (await owner.execute(sql`select kind, to_email from mail_outbox where store_id = ${s.store.id} order by id`)).rows as Array<{ kind: string; to_email: string }>;
    expect(mail.map((m) => m.kind)).toEqual(["order.confirmation"]);
    expect(mail[0]!.to_email).toBe("customer@example.test");
    // Written by the transaction that applied the payment (decision 0038): the same xmin as its "paid" line.
    const written = await owner.execute(sql`
      select (select xmin::text from mail_outbox where store_id = ${s.store.id}) as mail,
             (select xmin::text from order_events where order_id = ${placed.orderId} and kind = 'paid') as paid`);
    expect(written.rows[0]!.mail).toBe(written.rows[0]!.paid);
  });

  it("records a declined card as payment failed; paying again afterwards succeeds", async () => {
    const s = await cardStore();
    const { placed, started } = await placeCardOrder(s);
    const session = sessionIdOf(started.ok ? started.redirectUrl : null);
    await stripe.pay(session, "decline");
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ status: "open", paymentStatus: "failed" });
    const mail = (await owner.execute(sql`select kind, body from mail_outbox where store_id = ${s.store.id} order by id`)).rows as Array<{ kind: string; body: string }>;
    expect(mail.map((m) => m.kind)).toEqual(["order.payment_failed"]);
    expect(mail[0]!.body).toContain(`/orders/${placed.number}?token=`);
    // Written by the transaction that recorded the decline (decision 0038).
    const written = await owner.execute(sql`
      select (select xmin::text from mail_outbox where store_id = ${s.store.id}) as mail,
             (select xmin::text from order_events where order_id = ${placed.orderId} and kind = 'payment_failed') as declined`);
    expect(written.rows[0]!.mail).toBe(written.rows[0]!.declined);
    await stripe.pay(session, "success");
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ paymentStatus: "paid" });
  });

  it("ignores a late 'failed' after 'paid' (events out of order only move forward)", async () => {
    const s = await cardStore();
    const { placed, started } = await placeCardOrder(s);
    const session = sessionIdOf(started.ok ? started.redirectUrl : null);
    stripe.holdEvents();
    await stripe.pay(session, "decline");
    await stripe.pay(session, "success");
    // Delivered newest first: paid arrives before the earlier decline.
    const sent = await stripe.releaseEvents("reverse");
    expect(sent.map((d) => d.status)).toEqual([200, 200, 200]);
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ paymentStatus: "paid" });
  });

  it("applies a refund that arrives before the payment event (asks Stripe which order the payment is)", async () => {
    const s = await cardStore();
    const { placed, started } = await placeCardOrder(s, { price: 4000 });
    stripe.holdEvents();
    await stripe.pay(sessionIdOf(started.ok ? started.redirectUrl : null), "success");
    const pi = [...stripe.intents.values()].find((p) => p.metadata.order_id === placed.orderId)!;
    // A partial refund made in Stripe's dashboard.
    await new Stripe(s.secretKey, { host: "127.0.0.1", port: stripe.port, protocol: "http" }).refunds.create({ payment_intent: pi.id, amount: 1500 });
    await new Promise((r) => setTimeout(r, 20));
    const sent = await stripe.releaseEvents("reverse");
    expect(sent.map((d) => d.type)).toEqual(["charge.refunded", "payment_intent.succeeded", "checkout.session.completed"]);
    expect(sent.every((d) => d.status === 200)).toBe(true);
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ paymentStatus: "partially_refunded", refundedCents: 1500, paymentIntentId: pi.id });
  });

  it("refuses a wrong signature and another store's secret, recording nothing", async () => {
    const a = await cardStore();
    const b = await cardStore();
    const { placed, started } = await placeCardOrder(a);
    // Paid normally; its payload is then sent again by hand, signed in other ways.
    const paid = await stripe.pay(sessionIdOf(started.ok ? started.redirectUrl : null), "success");
    const eventId = paid.deliveries[0]!.eventId;
    const paidOrder = await orderRow(a.store.id, placed.orderId);
    const payload = stripe.payloadOf(eventId);
    const before = await eventCount(a.store.id);
    const post = (storeId: string, signature: string) =>
      fetch(`${receiverOrigin}/api/webhooks/stripe/${storeId}`, { method: "POST", body: payload, headers: { "stripe-signature": signature } });

    const forged = await post(a.store.id, Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_not_the_secret" }));
    expect(forged.status).toBe(400);
    expect((await forged.json()).error).toBe("The signature does not match this store's webhook secret.");
    const othersSecret = await post(a.store.id, Stripe.webhooks.generateTestHeaderString({ payload, secret: b.webhookSecret }));
    expect(othersSecret.status).toBe(400);
    const unsigned = await fetch(`${receiverOrigin}/api/webhooks/stripe/${a.store.id}`, { method: "POST", body: payload });
    expect(unsigned.status).toBe(400);
    const tampered = payload.replace('"paid"', '"unpaid"');
    const tamperedRes = await fetch(`${receiverOrigin}/api/webhooks/stripe/${a.store.id}`, {
      method: "POST",
      body: tampered,
      headers: { "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret: a.webhookSecret }) },
    });
    expect(tamperedRes.status).toBe(400);
    expect(await eventCount(a.store.id)).toBe(before);

    // Signed correctly by store B, about store A's order, at B's endpoint: B cannot touch A's order.
    const bEvents = await eventCount(b.store.id);
    const crossed = await post(b.store.id, Stripe.webhooks.generateTestHeaderString({ payload, secret: b.webhookSecret }));
    expect([crossed.status, (await crossed.json()).outcome]).toEqual([200, "ignored: no such order in this store"]);
    expect(await eventCount(b.store.id)).toBe(bEvents + 1);
    expect(await eventCount(a.store.id)).toBe(before);
    expect(await orderRow(a.store.id, placed.orderId)).toEqual(paidOrder);
  });

  it("answers 404 for a store without card payments and for a malformed store id", async () => {
    const plain = await createTestStore(owner, "nowh");
    expect((await handleStripeWebhook(app, plain.id, "{}", "t=1,v1=x")).status).toBe(404);
    expect((await handleStripeWebhook(app, "not-a-uuid", "{}", "t=1,v1=x")).status).toBe(404);
  });

  it("marks a dispute, and a disputed payment cannot be refunded from Plaza", async () => {
    const s = await cardStore();
    const { placed, started } = await placeCardOrder(s);
    await stripe.pay(sessionIdOf(started.ok ? started.redirectUrl : null), "success");
    const order = await orderRow(s.store.id, placed.orderId);
    const d = await stripe.sendEvent(s.secretKey, "charge.dispute.created", {
      id: "dp_test_1",
      object: "dispute",
      amount: 2500,
      currency: "usd",
      payment_intent: order.paymentIntentId,
      charge: stripe.chargeOf(order.paymentIntentId!).id,
      reason: "fraudulent",
      status: "needs_response",
      metadata: {},
    });
    expect(JSON.parse(d.body).outcome).toBe("disputed");
    const refused = await refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 100, reason: "requested_by_customer" });
    expect(refused).toMatchObject({ ok: false, code: "not_allowed", message: "A disputed payment cannot be refunded; answer the dispute in Stripe." });
    const won = await stripe.sendEvent(s.secretKey, "charge.dispute.closed", { id: "dp_test_1", object: "dispute", payment_intent: order.paymentIntentId, status: "won", reason: "fraudulent", metadata: {} });
    expect(JSON.parse(won.body).outcome).toBe("dispute won");
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ paymentStatus: "paid" });
  });
});

describe("expiry", () => {
  it("releases the stock of an unpaid order when it expires and closes its payment page", async () => {
    const s = await cardStore();
    const { product, placed, started } = await placeCardOrder(s, { stock: 4, quantity: 3 });
    expect(await stockOf(owner, s.store.id, product.id)).toBe(1);
    const order = await orderRow(s.store.id, placed.orderId);

    // Not yet due: nothing happens.
    await releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() - 1000));
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ status: "open" });

    const report = await releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() + 1000));
    expect(report.released).toBeGreaterThanOrEqual(1);
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ status: "expired", paymentStatus: "voided" });
    expect(await stockOf(owner, s.store.id, product.id)).toBe(4);
    expect(stripe.sessions.get(sessionIdOf(started.ok ? started.redirectUrl : null))!.status).toBe("expired");
    // Again: released once only.
    await releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() + 2000));
    expect(await stockOf(owner, s.store.id, product.id)).toBe(4);
    // The session.expired event Stripe sends afterwards is recorded and ignored.
    await new Promise((r) => setTimeout(r, 50));
    const [ev] = await withTenant(owner, s.store.id, (tx) => tx.select().from(paymentEvents).where(and(eq(paymentEvents.tenantId, s.store.id), eq(paymentEvents.type, "checkout.session.expired"))));
    expect(ev?.outcome).toBe("ignored: order expired, payment voided");
  });

  it("refunds in full a payment that lands after the order expired, and keeps the stock released", async () => {
    const s = await cardStore();
    const { product, placed, started } = await placeCardOrder(s, { stock: 2, price: 3000 });
    const order = await orderRow(s.store.id, placed.orderId);
    // The customer pays at Stripe just before the expiry; the events are delivered after it.
    stripe.holdEvents();
    await stripe.pay(sessionIdOf(started.ok ? started.redirectUrl : null), "success");
    await releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() + 1000));
    expect(await stockOf(owner, s.store.id, product.id)).toBe(2);
    const sent = await stripe.releaseEvents();
    expect(JSON.parse(sent[0]!.body).outcome).toBe("refund owed: paid after the order closed");
    await new Promise((r) => setTimeout(r, 100)); // charge.refunded from the refund
    const after = await orderRow(s.store.id, placed.orderId);
    expect(after).toMatchObject({ status: "expired", paymentStatus: "refunded", refundedCents: 3000 });
    const refunds = [...stripe.refunds.values()].filter((r) => r.payment_intent === after.paymentIntentId);
    expect(refunds.map((r) => r.amount)).toEqual([3000]);
    expect(await stockOf(owner, s.store.id, product.id)).toBe(2);
    // The jobs pass finds nothing more to refund.
    await releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() + 5000));
    expect([...stripe.refunds.values()].filter((r) => r.payment_intent === after.paymentIntentId)).toHaveLength(1);
  });

  /** A card order paid after it expired, while Stripe refused refunds: the refund is still owed. */
  async function owedLatePayment() {
    const s = await cardStore();
    const { placed, started } = await placeCardOrder(s, { price: 3000 });
    const order = await orderRow(s.store.id, placed.orderId);
    stripe.holdEvents();
    await stripe.pay(sessionIdOf(started.ok ? started.redirectUrl : null), "success");
    await releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() + 1000));
    for (let i = 0; i < 3; i++) stripe.failNext(/^\/v1\/refunds$/, 500);
    await stripe.releaseEvents();
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ status: "expired", paymentStatus: "paid" });
    return { s, placed, order };
  }

  it("retries the owed refund in the jobs pass when Stripe was down at the webhook", async () => {
    const { s, placed, order } = await owedLatePayment();
    const report = await releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() + 2000));
    expect(report.refunded).toBeGreaterThanOrEqual(1);
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ paymentStatus: "refunded", refundedCents: 3000 });
  });

  it("gives back a late payment once when two passes give it back at the same time: one line, one audit entry, one mail", async () => {
    const { s, placed } = await owedLatePayment();
    // The webhook's follow-up and the jobs pass, side by side: Stripe answers both with its one refund.
    expect(await Promise.all([refundExpiredPayment(app, s.store.id, placed.orderId), refundExpiredPayment(app, s.store.id, placed.orderId)])).toContain(true);
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ paymentStatus: "refunded", refundedCents: 3000 });
    expect((await orderTimeline(app, s.store.id, placed.orderId)).filter((e) => e.kind === "refunded")).toHaveLength(1);
    const audit = await owner.execute(sql`select 1 from audit_log where store_id = ${s.store.id} and action = 'order.refund'`);
    expect(audit.rows).toHaveLength(1);
    const mail = await owner.execute(sql`select xmin::text as x from mail_outbox where store_id = ${s.store.id} and kind = 'order.refunded'`);
    const line = await owner.execute(sql`select xmin::text as x from order_events where order_id = ${placed.orderId} and kind = 'refunded'`);
    expect(mail.rows).toEqual(line.rows);
  });

  it("webhook and expiry racing: either paid with the stock taken, or expired and refunded with the stock back — never both, never neither", async () => {
    const s = await cardStore();
    for (let round = 0; round < 4; round++) {
      const { product, placed, started } = await placeCardOrder(s, { stock: 1, price: 1200 });
      expect(placed.number).toBeGreaterThan(1000);
      const order = await orderRow(s.store.id, placed.orderId);
      stripe.holdEvents();
      await stripe.pay(sessionIdOf(started.ok ? started.redirectUrl : null), "success");
      await Promise.all([stripe.releaseEvents("concurrent"), releaseExpiredOrders(app, new Date(order.expiresAt!.getTime() + 1000))]);
      await new Promise((r) => setTimeout(r, 100));
      const after = await orderRow(s.store.id, placed.orderId);
      const stock = await stockOf(owner, s.store.id, product.id);
      if (after.status === "open") expect([after.paymentStatus, stock]).toEqual(["paid", 0]);
      else expect([after.status, after.paymentStatus, after.refundedCents, stock]).toEqual(["expired", "refunded", 1200, 1]);
    }
  });
});

describe("refunds from the order page", () => {
  async function paidOrder(price = 5000, stock = 3) {
    const s = await cardStore();
    const o = await placeCardOrder(s, { price, stock });
    await stripe.pay(sessionIdOf(o.started.ok ? o.started.redirectUrl : null), "success");
    return { s, ...o };
  }

  it("refunds part, then the rest; audited, on the timeline, with Stripe told once each", async () => {
    const { s, placed } = await paidOrder(5000);
    const part = await refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 1250, reason: "requested_by_customer", note: "scratched" });
    expect(part).toMatchObject({ ok: true, order: { paymentStatus: "partially_refunded", refundedCents: 1250 } });
    const rest = await refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 3750, reason: "duplicate" });
    expect(rest).toMatchObject({ ok: true, order: { paymentStatus: "refunded", refundedCents: 5000 } });
    await new Promise((r) => setTimeout(r, 100)); // charge.refunded events: no double counting
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ paymentStatus: "refunded", refundedCents: 5000 });
    const pi = (await orderRow(s.store.id, placed.orderId)).paymentIntentId;
    const atStripe = [...stripe.refunds.values()].filter((r) => r.payment_intent === pi);
    expect(atStripe.map((r) => [r.amount, r.reason])).toEqual([
      [1250, "requested_by_customer"],
      [3750, "duplicate"],
    ]);
    const audit = (await owner.execute(sql`select action, reason, data from audit_log where store_id = ${s.store.id} and action = 'order.refund' order by id`)).rows as Array<{ reason: string; data: { amountCents: number } }>;
    expect(audit.map((a) => [a.reason, a.data.amountCents])).toEqual([
      ["requested_by_customer", 1250],
      ["duplicate", 3750],
    ]);
    expect((await orderTimeline(app, s.store.id, placed.orderId)).filter((e) => e.kind === "refunded").map((e) => e.actorKind)).toContain("member");
  });

  it("refuses more than is left, with the reason, and changes nothing", async () => {
    const { s, placed } = await paidOrder(5000);
    const before = await orderRow(s.store.id, placed.orderId);
    const refused = await refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 5001, reason: "requested_by_customer" });
    expect(refused).toMatchObject({ ok: false, code: "invalid", message: "At most $50.00 is left to refund." });
    expect(await orderRow(s.store.id, placed.orderId)).toEqual(before);
    const rows = await withTenant(owner, s.store.id, (tx) => tx.select().from(orderRefunds).where(eq(orderRefunds.tenantId, s.store.id)));
    expect(rows).toEqual([]);
  });

  it("never refunds more than paid when two refunds race", async () => {
    const { s, placed } = await paidOrder(5000);
    const results = await Promise.all(
      [3000, 3000].map((amountCents) => refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents, reason: "requested_by_customer" })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "invalid", message: "At most $20.00 is left to refund." });
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ refundedCents: 3000 });
  });

  it("returns the stock once when asked", async () => {
    const { s, placed, product } = await paidOrder(1000, 3);
    expect(await stockOf(owner, s.store.id, product.id)).toBe(2);
    await refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 500, reason: "requested_by_customer", restock: true });
    expect(await stockOf(owner, s.store.id, product.id)).toBe(3);
    await refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 500, reason: "requested_by_customer", restock: true });
    expect(await stockOf(owner, s.store.id, product.id)).toBe(3);
  });

  it("from another store: not found, nothing refunded", async () => {
    const { s, placed } = await paidOrder(5000);
    const other = await cardStore();
    const before = await orderRow(s.store.id, placed.orderId);
    const refused = await refundOrder(app, { storeId: other.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 100, reason: "requested_by_customer" });
    expect(refused).toMatchObject({ ok: false, code: "not_found", message: "Order not found in this store." });
    expect(await orderRow(s.store.id, placed.orderId)).toEqual(before);
    expect([...stripe.refunds.values()].filter((r) => r.payment_intent === before.paymentIntentId)).toEqual([]);
  });

  it("when Stripe refuses or is down: the refund is marked failed and the order is unchanged", async () => {
    const { s, placed } = await paidOrder(5000);
    const before = await orderRow(s.store.id, placed.orderId);
    for (let i = 0; i < 3; i++) stripe.failNext(/^\/v1\/refunds$/, 500);
    const failed = await refundOrder(app, { storeId: s.store.id, orderId: placed.orderId, actorUserId: null, amountCents: 100, reason: "requested_by_customer" });
    expect(failed).toMatchObject({ ok: false, code: "provider" });
    expect(await orderRow(s.store.id, placed.orderId)).toMatchObject({ refundedCents: 0, paymentStatus: before.paymentStatus });
    const rows = await withTenant(owner, s.store.id, (tx) => tx.select().from(orderRefunds).where(eq(orderRefunds.tenantId, s.store.id)));
    expect(rows.map((r) => r.status)).toEqual(["failed"]);
    // Nothing was refunded, so nothing is mailed: only the paid order's confirmation is there.
    const mail = await owner.execute(sql`select kind from mail_outbox where store_id = ${s.store.id} order by id`);
    expect(mail.rows).toEqual([{ kind: "order.confirmation" }]);
  });

  it("card orders cannot be marked paid by hand, nor cancelled while paid", async () => {
    const s = await cardStore();
    const o = await placeCardOrder(s);
    expect(await markOrderPaid(app, { storeId: s.store.id, orderId: o.placed.orderId, actorUserId: null })).toMatchObject({ ok: false, message: "Card payments are confirmed by Stripe, not by hand." });
    await stripe.pay(sessionIdOf(o.started.ok ? o.started.redirectUrl : null), "success");
    expect(await cancelOrder(app, { storeId: s.store.id, orderId: o.placed.orderId, actorUserId: null })).toMatchObject({ ok: false, message: "Refund the card payment in full first, then cancel." });
  });
});
