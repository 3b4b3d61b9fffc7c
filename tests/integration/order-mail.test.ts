import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fulfillOrder, markOrderPaid } from "@/lib/commerce/order-operations";
import { refundOrder } from "@/lib/commerce/refunds";
import { orderMailContext, writeOrderMails, type OrderMailKind } from "@/lib/mail/order-mail";
import { withTenant } from "@/lib/db/tenant";
import { stores } from "@/lib/db/schema";
import { setConfig } from "@/lib/config/store-config";
import { parseKeyring } from "@/lib/config/crypto";
import { randomBytes } from "node:crypto";
import { addMember, makeUser } from "./auth-fixtures";
import { cartWith, checkout, checkoutForm, createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

/*
 * Order mail through the outbox: HTML and text from one template, in the
 * store's name and colour, with links that open the order (the customer's
 * carries its access token), to the right people.
 */

const { app, owner } = testDatabases();

/** These mails of an order composed after the fact, from its rows, in a transaction of their own. */
async function composeLater(storeId: string, orderId: string, kinds: OrderMailKind[]): Promise<number> {
  const context = await orderMailContext(app, storeId);
  return withTenant(app, storeId, (tx) => writeOrderMails(tx, context, storeId, orderId, kinds));
}

type Mail = { kind: string; to_email: string; subject: string; body: string; html: string | null };
const mailOf = async (storeId: string) =>
  (await owner.execute(sql`select kind, to_email, subject, body, html from mail_outbox where store_id = ${storeId} order by id`)).rows as Mail[];

describe("order mail", () => {
  it("confirms a pay-on-delivery order to the customer and tells owners, admins and orders members — not staff or catalog", async () => {
    const store = await createTestStore(owner, "mail");
    await owner.update(stores).set({ name: "Mailer & Co", theme: { primaryColor: "#c2410c" } }).where(eq(stores.id, store.id));
    const staff: Record<string, string> = {};
    for (const role of ["owner", "admin", "orders", "staff", "catalog"] as const) {
      const u = await makeUser(owner);
      await addMember(owner, store.id, u.id, role);
      staff[role] = u.email;
    }
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000, title: "Anvil" });
    const cart = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const placed = await checkout(app, store, cart, checkoutForm({ email: "wile@example.test" }));
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;

    const mail = await mailOf(store.id);
    const confirmation = mail.find((m) => m.kind === "order.confirmation")!;
    expect(confirmation).toMatchObject({ to_email: "wile@example.test", subject: `Mailer & Co: order #${placed.number} confirmed` });
    const link = `http://${store.slug}.localhost:3000/orders/${placed.number}?token=${placed.accessToken}`;
    expect(confirmation.body).toContain(link);
    expect(confirmation.body).toContain("Anvil × 1");
    expect(confirmation.html).toContain("#c2410c");
    expect(confirmation.html).toContain("Mailer &amp; Co");
    expect(confirmation.html).toContain(`href="${link.replace(/&/g, "&amp;")}"`);
    expect(mail.filter((m) => m.kind === "order.new").map((m) => m.to_email).sort()).toEqual([staff.owner, staff.admin, staff.orders].sort());
    expect(mail.find((m) => m.kind === "order.new")!.body).toContain(`http://${store.slug}.localhost:3000/dashboard/orders/${placed.orderId}`);

    // Shipped with tracking, then a refund: one mail each to the customer.
    await markOrderPaid(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null });
    await fulfillOrder(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null, tracking: { number: "1Z999", carrier: "UPS" } });
    await refundOrder(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null, amountCents: 250, reason: "requested_by_customer" });
    const later = (await mailOf(store.id)).slice(mail.length);
    expect(later.map((m) => [m.kind, m.to_email])).toEqual([
      ["order.shipped", "wile@example.test"],
      ["order.refunded", "wile@example.test"],
    ]);
    expect(later[0]!.body).toContain("Tracking (UPS): 1Z999");
    expect(later[0]!.html).toContain("1Z999");
    expect(later[1]!.subject).toBe(`Mailer & Co: refund for order #${placed.number}`);
    expect(later[1]!.body).toContain("$2.50");
  });
});

describe("who hears of a new order (mail.new_order_to)", () => {
  it.each([
    ["owners", ["owner"]],
    ["off", []],
    ["team", ["owner", "admin", "orders"]],
  ] as const)("%s: the new-order notice goes to %j; the customer's confirmation always goes", async (setting, roles) => {
    const store = await createTestStore(owner, "newto");
    const staff: Record<string, string> = {};
    for (const role of ["owner", "admin", "orders"] as const) {
      const u = await makeUser(owner);
      await addMember(owner, store.id, u.id, role);
      staff[role] = u.email;
    }
    const ring = parseKeyring(`k1:${randomBytes(32).toString("base64")}`);
    expect(await setConfig(app, ring, store.id, "mail.new_order_to", setting, { userId: null })).toEqual({ ok: true });
    expect(await setConfig(app, ring, store.id, "mail.new_order_to", "everyone", { userId: null })).toEqual({ ok: false, error: "Enter team, owners or off." });
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
    const cart = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const placed = await checkout(app, store, cart, checkoutForm({ email: "road@example.test" }));
    expect(placed.ok).toBe(true);
    const mail = await mailOf(store.id);
    expect(mail.filter((m) => m.kind === "order.new").map((m) => m.to_email).sort()).toEqual(roles.map((r) => staff[r]).sort());
    expect(mail.filter((m) => m.kind === "order.confirmation").map((m) => m.to_email)).toEqual(["road@example.test"]);
  });
});

describe("the checkout's mails go with the order (decision 0038)", () => {
  const slotLike = /N[0-9A-F]{24}/;

  it("are the mails a later compose of the same order writes, number and all, with their timeline lines", async () => {
    const store = await createTestStore(owner, "slot");
    const boss = await makeUser(owner);
    await addMember(owner, store.id, boss.id, "owner");
    const mug = await createProduct(owner, store.id, { stock: 5, priceCents: 250, title: "mug" });
    const anvil = await createProduct(owner, store.id, { stock: 5, priceCents: 500, title: "Anvil" });
    const cart = await cartWith(app, store.id, [
      { productId: mug.id, quantity: 2 },
      { productId: anvil.id, quantity: 1 },
    ]);
    const placed = await checkout(app, store, cart, checkoutForm({ email: "o'hara@example.test", name: "Ann <O'Hara> & Co", expectedTotalCents: 1000 }));
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    const written = await mailOf(store.id);
    expect(written.map((m) => [m.kind, m.to_email])).toEqual([
      ["order.confirmation", "o'hara@example.test"],
      ["order.new", boss.email],
    ]);
    for (const m of written) {
      expect(`${m.subject}\n${m.body}\n${m.html}`).not.toMatch(slotLike);
      expect(m.subject).toContain(`#${placed.number}`);
    }
    expect(written[0]!.body.indexOf("Anvil × 1")).toBeLessThan(written[0]!.body.indexOf("mug × 2"));

    // The same order composed after the fact, from its rows: byte for byte the same mail.
    expect(await composeLater(store.id, placed.orderId, ["order.confirmation", "order.new"])).toBe(2);
    const again = (await mailOf(store.id)).slice(written.length);
    expect(again).toEqual(written);

    const timeline = (await owner.execute(sql`select kind, message from order_events where order_id = ${placed.orderId} order by created_at, id`)).rows;
    expect(timeline.slice(0, 3)).toEqual([
      { kind: "placed", message: "Order placed by o'hara@example.test (Pay on delivery)" },
      { kind: "mail", message: "Order confirmation mailed to o'hara@example.test" },
      { kind: "mail", message: `New order notice mailed to ${boss.email}` },
    ]);
  });

  it("are not written when the order is not: a sold-out line rolls back the mails and their timeline lines", async () => {
    const store = await createTestStore(owner, "slotnone");
    const boss = await makeUser(owner);
    await addMember(owner, store.id, boss.id, "owner");
    const product = await createProduct(owner, store.id, { stock: 1, priceCents: 1000 });
    const cart = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    // Sold elsewhere after the cart was read: the batch's stock take finds none.
    await owner.execute(sql`update products set stock = 0 where id = ${product.id}`);
    const placed = await checkout(app, store, cart, checkoutForm());
    expect(placed).toMatchObject({ ok: false, code: "out_of_stock" });
    expect(await mailOf(store.id)).toEqual([]);
    expect((await owner.execute(sql`select count(*)::int as n from order_events where tenant_id = ${store.id}`)).rows).toEqual([{ n: 0 }]);
  });

  it("a replayed submit writes no second set", async () => {
    const store = await createTestStore(owner, "slotreplay");
    const boss = await makeUser(owner);
    await addMember(owner, store.id, boss.id, "owner");
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
    const cart = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const form = checkoutForm();
    const [first, second] = await Promise.all([checkout(app, store, cart, form), checkout(app, store, cart, form)]);
    expect(first.ok && second.ok && first.orderId === second.orderId).toBe(true);
    expect((await mailOf(store.id)).map((m) => m.kind)).toEqual(["order.confirmation", "order.new"]);
  });

  it("carry each store's own number when two stores sell at once", async () => {
    const stores2 = await Promise.all([createTestStore(owner, "slota"), createTestStore(owner, "slotb")]);
    // Store b is ahead, so the two stores' numbers differ.
    await owner.execute(sql`insert into order_counters (tenant_id, next_number) values (${stores2[1]!.id}, 5001)`);
    const placed = await Promise.all(
      stores2.flatMap((s) =>
        [1, 2, 3].map(async () => {
          const p = await createProduct(owner, s.id, { stock: 1, priceCents: 1000 });
          return { store: s, result: await checkout(app, s, await cartWith(app, s.id, [{ productId: p.id, quantity: 1 }]), checkoutForm()) };
        }),
      ),
    );
    for (const { store, result } of placed) {
      if (!result.ok) throw new Error(result.message);
      const mine = (await mailOf(store.id)).filter((m) => m.subject.includes(`#${result.number} `));
      expect(mine).toHaveLength(1);
      const link = `http://${store.slug}.localhost:3000/orders/${result.number}?token=${result.accessToken}`;
      expect(mine[0]!.body).toContain(link);
      expect(mine[0]!.html).toContain(`href="${link}"`);
      expect(mine[0]!.html).toContain(`order #${result.number}.`);
    }
    expect(placed.filter((p) => p.store === stores2[1]).every((p) => p.result.ok && p.result.number >= 5001)).toBe(true);
  });
});

describe("every order mail commits in the transaction of the change it reports", () => {
  it("placed, shipped and refunded: each mail row was written by its change's own transaction", async () => {
    const store = await createTestStore(owner, "xmin");
    const boss = await makeUser(owner);
    await addMember(owner, store.id, boss.id, "owner");
    const product = await createProduct(owner, store.id, { stock: 5, priceCents: 1000 });
    const cart = await cartWith(app, store.id, [{ productId: product.id, quantity: 1 }]);
    const placed = await checkout(app, store, cart, checkoutForm({ email: "tx@example.test" }));
    if (!placed.ok) throw new Error(placed.message);
    await markOrderPaid(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null });
    await fulfillOrder(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null, tracking: { number: "1Z1", carrier: "UPS" } });
    expect(await refundOrder(app, { storeId: store.id, orderId: placed.orderId, actorUserId: null, amountCents: 100, reason: "requested_by_customer" })).toMatchObject({ ok: true });
    // xmin: the transaction that wrote the row. A mail queued after its change commits has another.
    const txOf = async (query: ReturnType<typeof sql>) => ((await owner.execute(query)).rows as Array<{ x: string }>).map((r) => r.x);
    const events = async (kind: string) => txOf(sql`select xmin::text as x from order_events where order_id = ${placed.orderId} and kind = ${kind}`);
    const mails = async (kind: string) => txOf(sql`select xmin::text as x from mail_outbox where store_id = ${store.id} and kind = ${kind}`);
    const [placedTx] = await events("placed");
    expect(await mails("order.confirmation")).toEqual([placedTx]);
    expect(await mails("order.new")).toEqual([placedTx]);
    expect(await mails("order.shipped")).toEqual(await events("fulfill"));
    expect(await mails("order.refunded")).toEqual(await events("refunded"));
    expect((await mails("order.shipped")).length).toBe(1);
    expect((await mails("order.refunded")).length).toBe(1);
  });
});
