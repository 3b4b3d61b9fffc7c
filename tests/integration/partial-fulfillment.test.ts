import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/accounts";
import { idle } from "@/lib/actions/result";
import { fulfillOrder } from "@/lib/commerce/order-operations";
import { listShipments } from "@/lib/commerce/shipments";
import { auditLog, orderEvents, orderItems, orderShipments, orders } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { addMember, makeUser } from "./auth-fixtures";
import { cartWith, checkout, checkoutForm, createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

/*
 * Fulfilment by line (issue 11 §2): the owner ships chosen lines and
 * quantities, each parcel with its tracking; the order is partially fulfilled
 * until every line has shipped; each parcel is audited, on the timeline and
 * mailed to the shopper. Run through the dashboard's real action wrapper with
 * only the request mocked (who is signed in, which store's host). Refused from
 * another store and from roles without orders:write, with nothing changed.
 */

const request = vi.hoisted(() => ({ user: null as Actor | null, slug: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => request.user, sessionClaim: async () => (request.user ? { userId: request.user.id, sessionVersion: 0 } : null) }));
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: async () => request.slug }));
const orders$ = await import("@/app/d/[store]/(app)/orders/actions");

const { app, owner } = testDatabases();
type Store = Awaited<ReturnType<typeof createTestStore>>;
type Role = "owner" | "catalog" | "staff" | "orders";

let a: Store;
let b: Store;
const members: Partial<Record<`${"a" | "b"}:${Role}`, Actor>> = {};
function as(at: "a" | "b", role: Role) {
  request.user = members[`${at}:${role}`]!;
  request.slug = (at === "a" ? a : b).slug;
}

/** A form whose repeated fields (lineProduct, lineQuantity) are appended in order. */
function form(values: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
}

/** A paid-on-delivery order of 2 × Anvil and 1 × Rope at store `store`. */
async function twoLineOrder(store: Store) {
  const anvil = await createProduct(owner, store.id, { stock: 10, priceCents: 1000, title: "Anvil" });
  const rope = await createProduct(owner, store.id, { stock: 10, priceCents: 500, title: "Rope" });
  const cart = await cartWith(app, store.id, [
    { productId: anvil.id, quantity: 2 },
    { productId: rope.id, quantity: 1 },
  ]);
  const placed = await checkout(app, store, cart, checkoutForm({ email: "wile@example.test", expectedTotalCents: 2500 }));
  if (!placed.ok) throw new Error(placed.message);
  return { orderId: placed.orderId, number: placed.number, anvil: anvil.id, rope: rope.id };
}

async function snapshot(store: Store, orderId: string) {
  return withTenant(owner, store.id, async (tx) => ({
    order: (await tx.select().from(orders).where(and(eq(orders.tenantId, store.id), eq(orders.id, orderId))))[0],
    items: await tx.select().from(orderItems).where(and(eq(orderItems.tenantId, store.id), eq(orderItems.orderId, orderId))).orderBy(asc(orderItems.productId)),
    shipments: await tx.select().from(orderShipments).where(eq(orderShipments.tenantId, store.id)).orderBy(asc(orderShipments.id)),
    timeline: await tx.select().from(orderEvents).where(and(eq(orderEvents.tenantId, store.id), eq(orderEvents.orderId, orderId))).orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    audit: await owner.select().from(auditLog).where(eq(auditLog.storeId, store.id)).orderBy(asc(auditLog.id)),
    mail: (await owner.execute(sql`select id from mail_outbox where store_id = ${store.id} order by id`)).rows,
  }));
}

type Mail = { kind: string; to_email: string; subject: string; body: string; html: string | null };
const shippingMails = async (storeId: string) =>
  (await owner.execute(sql`select kind, to_email, subject, body, html from mail_outbox where store_id = ${storeId} and kind = 'order.shipped' order by id`)).rows as Mail[];

beforeAll(async () => {
  a = await createTestStore(owner, "ship-a");
  b = await createTestStore(owner, "ship-b");
  for (const [key, store] of [["a", a], ["b", b]] as const) {
    for (const role of ["owner", "catalog", "staff", "orders"] as const) {
      const u = await makeUser(owner);
      await addMember(owner, store.id, u.id, role);
      members[`${key}:${role}`] = { id: u.id, email: u.email, name: u.name, isPlatformAdmin: false };
    }
  }
});

describe("fulfillment by line", () => {
  it("ships part of an order, then the rest: partially fulfilled until every line is, each parcel audited, on the timeline and mailed", async () => {
    const o = await twoLineOrder(b);
    as("b", "owner");
    const first = await orders$.fulfillOrderAction(
      idle,
      form({ orderId: o.orderId, lineProduct: [o.anvil, o.rope], lineQuantity: ["1", "0"], trackingNumber: "1Z111", trackingCarrier: "UPS" }),
    );
    expect(first).toMatchObject({ ok: true, message: "Shipment recorded; the rest of the order is still to ship.", data: { fulfillmentStatus: "partially_fulfilled" } });

    let s = await snapshot(b, o.orderId);
    expect(s.order).toMatchObject({ fulfillmentStatus: "partially_fulfilled", fulfilledAt: null, trackingNumber: "1Z111", trackingCarrier: "UPS" });
    expect(Object.fromEntries(s.items.map((i) => [i.productId, i.fulfilledQuantity]))).toEqual({ [o.anvil]: 1, [o.rope]: 0 });
    expect(s.shipments.map((x) => [x.lines, x.trackingNumber, x.trackingCarrier, x.actorUserId])).toEqual([
      [[{ productId: o.anvil, title: "Anvil", quantity: 1 }], "1Z111", "UPS", members["b:owner"]!.id],
    ]);
    const audit = s.audit.filter((e) => e.action === "order.fulfill");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: members["b:owner"]!.id, targetId: o.orderId, data: { to: { fulfillmentStatus: "partially_fulfilled" }, shipment: { trackingNumber: "1Z111", lines: [{ title: "Anvil", quantity: 1 }] } } });
    expect(s.timeline.filter((e) => e.kind === "fulfill").map((e) => e.message)).toEqual(["Partially fulfilled: shipped 1 × Anvil — UPS tracking 1Z111"]);

    // Not closable, not cancellable while parcels are still to come (a cancel would restock what left).
    expect(await orders$.markOrderPaidAction(idle, form({ orderId: o.orderId }))).toMatchObject({ ok: true });
    expect(await orders$.closeOrderAction(idle, form({ orderId: o.orderId }))).toEqual({ ok: false, error: "Fulfil the order before closing it." });
    const beforeCancel = await snapshot(b, o.orderId);
    expect(await orders$.cancelOrderAction(idle, form({ orderId: o.orderId }))).toEqual({
      ok: false,
      error: "Part of this order has shipped, so it cannot be cancelled: refund what will not ship instead.",
    });
    expect(await snapshot(b, o.orderId)).toEqual(beforeCancel);

    // The rest, without naming lines: everything left goes in the second parcel.
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: o.orderId, trackingNumber: "JD222", trackingCarrier: "DHL" }))).toMatchObject({ ok: true, message: "Order fulfilled.", data: { fulfillmentStatus: "fulfilled" } });
    s = await snapshot(b, o.orderId);
    expect(s.order).toMatchObject({ fulfillmentStatus: "fulfilled", fulfilledAt: expect.any(Date), trackingNumber: "JD222", trackingCarrier: "DHL" });
    expect(s.items.every((i) => i.fulfilledQuantity === i.quantity)).toBe(true);
    expect((await listShipments(app, b.id, o.orderId)).map((x) => [x.lines.map((l) => `${l.quantity} × ${l.title}`), x.trackingNumber])).toEqual([
      [["1 × Anvil"], "1Z111"],
      [["1 × Anvil", "1 × Rope"], "JD222"],
    ]);
    expect(s.timeline.filter((e) => e.kind === "fulfill").map((e) => e.message)).toEqual([
      "Partially fulfilled: shipped 1 × Anvil — UPS tracking 1Z111",
      "Fulfilled with the last parcel: shipped 1 × Anvil, 1 × Rope — DHL tracking JD222",
    ]);
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: o.orderId }))).toEqual({ ok: false, error: "This order is already fulfilled." });
    expect(await orders$.closeOrderAction(idle, form({ orderId: o.orderId }))).toMatchObject({ ok: true });

    // One mail per parcel, to the shopper, with that parcel's lines and tracking; each on the timeline.
    const mails = (await shippingMails(b.id)).filter((m) => m.subject.includes(`#${o.number}`));
    expect(mails.map((m) => [m.to_email, m.subject])).toEqual([
      ["wile@example.test", `${b.name}: part of order #${o.number} has shipped`],
      ["wile@example.test", `${b.name}: order #${o.number} has shipped`],
    ]);
    expect(mails[0]!.body).toContain("Tracking (UPS): 1Z111");
    expect(mails[0]!.body).toContain("Anvil × 1");
    expect(mails[0]!.body).not.toContain("Rope");
    expect(mails[0]!.body).toContain("The rest of your order follows");
    expect(mails[0]!.html).toContain("1Z111");
    expect(mails[1]!.body).toContain("Tracking (DHL): JD222");
    expect(mails[1]!.body).toContain("Rope × 1");
    expect(s.timeline.filter((e) => e.kind === "mail" && e.data.mailKind === "order.shipped")).toHaveLength(2);
  });

  it("refuses a parcel that ships more than is left, an item not in the order, nothing at all, or a bad quantity — nothing changes", async () => {
    const o = await twoLineOrder(b);
    const other = await createProduct(owner, b.id, { stock: 3, title: "Not ordered" });
    as("b", "orders");
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: o.orderId, lineProduct: [o.anvil], lineQuantity: ["1"] }))).toMatchObject({ ok: true });
    const before = await snapshot(b, o.orderId);
    const cases: Array<[Record<string, string | string[]>, object]> = [
      [{ lineProduct: [o.anvil], lineQuantity: ["2"] }, { ok: false, error: "Only 1 of Anvil is left to ship." }],
      [{ lineProduct: [o.rope, o.anvil], lineQuantity: ["1", "5"] }, { ok: false, error: "Only 1 of Anvil is left to ship." }],
      [{ lineProduct: [other.id], lineQuantity: ["1"] }, { ok: false, error: "That item is not part of this order." }],
      [{ lineProduct: [o.anvil, o.rope], lineQuantity: ["0", "0"] }, { ok: false, error: "Choose at least one item to ship." }],
      [{ lineProduct: [o.anvil, o.rope], lineQuantity: ["1"] }, { ok: false, error: "Give a quantity for every item." }],
      [{ lineProduct: [o.anvil], lineQuantity: ["-1"] }, { ok: false, fieldErrors: { lineQuantity: ["Quantities to ship are whole numbers, 0 or more."] } }],
      [{ lineProduct: [o.anvil], lineQuantity: ["1.5"] }, { ok: false, fieldErrors: { lineQuantity: ["Quantities to ship are whole numbers, 0 or more."] } }],
      [{ lineProduct: ["1 or 1=1"], lineQuantity: ["1"] }, { ok: false, fieldErrors: { lineProduct: [expect.any(String)] } }],
    ];
    for (const [fields, expected] of cases) {
      expect(await orders$.fulfillOrderAction(idle, form({ orderId: o.orderId, trackingNumber: "X1", ...fields }))).toMatchObject(expected);
    }
    expect(await snapshot(b, o.orderId)).toEqual(before);
  });

  it("two members shipping the last unit at once: one parcel, the other refused (the order row's lock)", async () => {
    const o = await twoLineOrder(b);
    const ship = () => fulfillOrder(app, { storeId: b.id, orderId: o.orderId, actorUserId: null, lines: [{ productId: o.rope, quantity: 1 }] });
    const results = await Promise.all([ship(), ship()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "not_allowed", message: "Rope has shipped already." });
    expect((await listShipments(app, b.id, o.orderId)).length).toBe(1);
  });
});

describe("refusals from another store and another role", () => {
  it("store A's owner with store B's order and lines: not found, B unchanged", async () => {
    const o = await twoLineOrder(b);
    as("a", "owner");
    const before = await snapshot(b, o.orderId);
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: o.orderId, lineProduct: [o.anvil], lineQuantity: ["1"], trackingNumber: "EVIL" }))).toEqual({
      ok: false,
      error: "Order not found in this store.",
    });
    expect(await fulfillOrder(app, { storeId: a.id, orderId: o.orderId, actorUserId: null, lines: [{ productId: o.anvil, quantity: 1 }] })).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot(b, o.orderId)).toEqual(before);
    // B's parcels are invisible from A's side, in code and by row-level security.
    as("b", "owner");
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: o.orderId, lineProduct: [o.anvil], lineQuantity: ["1"] }))).toMatchObject({ ok: true });
    expect(await listShipments(app, a.id, o.orderId)).toEqual([]);
    const seenFromA = await withTenant(app, a.id, (tx) => tx.execute(sql`select count(*)::int as n from order_shipments where order_id = ${o.orderId}`));
    expect(seenFromA.rows[0]).toEqual({ n: 0 });
  });

  it.each(["catalog", "staff"] as const)("a %s member ships nothing", async (role) => {
    const o = await twoLineOrder(b);
    as("b", role);
    const before = await snapshot(b, o.orderId);
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: o.orderId, lineProduct: [o.anvil], lineQuantity: ["1"] }))).toEqual({ ok: false, error: "Your role does not allow this." });
    expect(await snapshot(b, o.orderId)).toEqual(before);
  });
});
