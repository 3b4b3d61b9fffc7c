import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/accounts";
import { idle } from "@/lib/actions/result";
import { auditLog, orderEvents, orderRefunds, orders, products } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { addMember, makeUser } from "./auth-fixtures";
import { cartWith, checkout, checkoutForm, createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

/*
 * The dashboard's server actions, run through the real wrapper (storeAction)
 * with only the request mocked: who is signed in and which store's host the
 * request came to. Store A's members act on store B's ids → refused, B
 * unchanged; roles without the permission → refused, nothing changed.
 */

const request = vi.hoisted(() => ({ user: null as Actor | null, slug: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => request.user, sessionClaim: async () => (request.user ? { userId: request.user.id, sessionVersion: 0 } : null) }));
vi.mock("@/lib/tenancy/request-store", () => ({ requestStoreSlug: async () => request.slug }));

// Uploads from this file go to a scratch folder (set before the app modules read the environment).
const uploadDir = mkdtempSync(path.join(tmpdir(), "plaza-dash-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));
const products$ = await import("@/app/d/[store]/(app)/products/actions");
const orders$ = await import("@/app/d/[store]/(app)/orders/actions");
const ordersRoute = await import("@/app/d/[store]/data/orders/route");
const productsRoute = await import("@/app/d/[store]/data/products/route");

const { app, owner } = testDatabases();
type Store = Awaited<ReturnType<typeof createTestStore>>;
type Role = "owner" | "admin" | "catalog" | "orders" | "staff";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

let a: Store;
let b: Store;
let aProductId: string;
let bProductId: string;
let bOrderId: string;
const members: Partial<Record<`${"a" | "b"}:${Role}`, Actor>> = {};

function form(values: Record<string, string | Blob>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

const productForm = (extra: Record<string, string> = {}) => ({ title: "Rocket skates", handle: "", description: "Fast.", price: "19.99", stock: "4", status: "active", ...extra });
const pngFile = () => new File([PNG], "skates.png", { type: "image/png" });

/** Act as `role` of store `at`, on that store's host. */
function as(at: "a" | "b", role: Role) {
  request.user = members[`${at}:${role}`]!;
  request.slug = (at === "a" ? a : b).slug;
}

async function orderOf(store: Store, productId: string) {
  const cart = await cartWith(app, store.id, [{ productId, quantity: 1 }]);
  const placed = await checkout(app, store, cart, checkoutForm({ expectedTotalCents: 1000 }));
  if (!placed.ok) throw new Error(placed.message);
  return placed.orderId;
}

/** Everything a refused action must leave alone in store B. */
async function snapshotB() {
  return withTenant(owner, b.id, async (tx) => ({
    products: await tx.select().from(products).where(eq(products.tenantId, b.id)).orderBy(products.id),
    orders: await tx.select().from(orders).where(eq(orders.tenantId, b.id)).orderBy(orders.id),
    timeline: await tx.select().from(orderEvents).where(eq(orderEvents.tenantId, b.id)).orderBy(orderEvents.id),
    refunds: await tx.select().from(orderRefunds).where(eq(orderRefunds.tenantId, b.id)).orderBy(orderRefunds.id),
    audit: await owner.select().from(auditLog).where(eq(auditLog.storeId, b.id)).orderBy(auditLog.id),
  }));
}

beforeAll(async () => {
  a = await createTestStore(owner, "dash-a");
  b = await createTestStore(owner, "dash-b");
  for (const [key, store] of [["a", a], ["b", b]] as const) {
    for (const role of ["owner", "admin", "catalog", "orders", "staff"] as const) {
      const u = await makeUser(owner);
      await addMember(owner, store.id, u.id, role);
      members[`${key}:${role}`] = { id: u.id, email: u.email, name: u.name, isPlatformAdmin: false };
    }
  }
  aProductId = (await createProduct(owner, a.id, { stock: 5 })).id;
  bProductId = (await createProduct(owner, b.id, { stock: 7 })).id;
  bOrderId = await orderOf(b, bProductId);
});

describe("store A's owner with store B's ids: refused, B unchanged", () => {
  const cases: Array<[string, () => Promise<{ ok: boolean }>]> = [
    ["update product", () => products$.updateProductAction(idle, form({ productId: bProductId, ...productForm() }))],
    ["archive product", () => products$.archiveProductAction(idle, form({ productId: bProductId }))],
    ["set product image", () => products$.setProductImageAction(idle, form({ productId: bProductId, image: pngFile() }))],
    ["mark order paid", () => orders$.markOrderPaidAction(idle, form({ orderId: bOrderId }))],
    ["fulfill order", () => orders$.fulfillOrderAction(idle, form({ orderId: bOrderId }))],
    ["cancel order", () => orders$.cancelOrderAction(idle, form({ orderId: bOrderId }))],
    ["refund order", () => orders$.refundOrderAction(idle, form({ orderId: bOrderId, amount: "1.00", reason: "requested_by_customer" }))],
    ["add a note", () => orders$.addOrderNoteAction(idle, form({ orderId: bOrderId, text: "Called the customer." }))],
  ];
  it.each(cases)("%s", async (_name, run) => {
    as("a", "owner");
    const before = await snapshotB();
    expect(await run()).toMatchObject({ ok: false, error: expect.stringMatching(/not (exist|found)/i) });
    expect(await snapshotB()).toEqual(before);
  });

  it("the same owner reads no B rows through the list endpoints", async () => {
    as("a", "owner");
    const res = await ordersRoute.GET(new Request("http://x/data/orders"), { params: Promise.resolve({ store: b.slug }) });
    expect(res.status).toBe(404);
    const own = await productsRoute.GET(new Request("http://x/data/products"), { params: Promise.resolve({ store: a.slug }) });
    const body = (await own.json()) as { products: Array<{ id: string }> };
    // Other tests in this file add products to A too: what matters is that none of B's shows.
    const ids = body.products.map((p) => p.id);
    expect(ids).toContain(aProductId);
    expect(ids).not.toContain(bProductId);
  });
});

describe("the actions work for the right store and role", () => {
  it("creates, edits (with field errors), uploads an image and archives", async () => {
    as("a", "catalog");
    const badStock = await products$.createProductAction(idle, form(productForm({ stock: "-1" })));
    expect(badStock).toMatchObject({ ok: false, fieldErrors: { stock: [expect.any(String)] } });
    const badPrice = await products$.createProductAction(idle, form(productForm({ price: "abc" })));
    expect(badPrice).toMatchObject({ ok: false, fieldErrors: { price: [expect.any(String)] } });
    const created = await products$.createProductAction(idle, form(productForm()));
    expect(created).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const id = (created as { data: { id: string } }).data.id;
    expect(await products$.updateProductAction(idle, form({ productId: id, ...productForm({ title: "Rocket skates II", stock: "9" }) }))).toMatchObject({ ok: true });
    const notImage = new File([Buffer.from("<?php echo 1;")], "x.png", { type: "image/png" });
    expect(await products$.setProductImageAction(idle, form({ productId: id, image: notImage }))).toMatchObject({ ok: false, fieldErrors: { image: [expect.stringContaining("PNG")] } });
    expect(await products$.setProductImageAction(idle, form({ productId: id, image: pngFile() }))).toMatchObject({ ok: true });
    const [row] = await withTenant(owner, a.id, (tx) => tx.select().from(products).where(and(eq(products.tenantId, a.id), eq(products.id, id))));
    expect(row).toMatchObject({ title: "Rocket skates II", stock: 9, handle: "rocket-skates-ii", imagePath: expect.stringMatching(/\.png$/) });
    expect(await products$.archiveProductAction(idle, form({ productId: id }))).toMatchObject({ ok: true });
    expect(await products$.updateProductAction(idle, form({ productId: id, ...productForm() }))).toMatchObject({ ok: false, error: expect.stringContaining("Archived") });
  });

  it("an orders member marks paid, fulfills; cancel of a fulfilled order is refused; cancel restocks", async () => {
    as("b", "orders");
    expect(await orders$.markOrderPaidAction(idle, form({ orderId: bOrderId }))).toMatchObject({ ok: true });
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: bOrderId }))).toMatchObject({ ok: true });
    expect(await orders$.cancelOrderAction(idle, form({ orderId: bOrderId }))).toEqual({ ok: false, error: "A fulfilled order cannot be cancelled." });
    const second = await orderOf(b, bProductId);
    const stockBefore = (await snapshotB()).products.find((p) => p.id === bProductId)!.stock;
    expect(await orders$.cancelOrderAction(idle, form({ orderId: second, reason: "Customer asked." }))).toMatchObject({ ok: true });
    expect((await snapshotB()).products.find((p) => p.id === bProductId)!.stock).toBe(stockBefore + 1);
    const audit = await owner.select().from(auditLog).where(eq(auditLog.storeId, b.id)).orderBy(auditLog.id);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(["order.mark_paid", "order.fulfill", "order.cancel"]));
  });

  it("fulfill with tracking, a refund of a pay-on-delivery order, a private note: all on the timeline with who did them", async () => {
    as("b", "orders");
    const orderId = await orderOf(b, bProductId);
    expect(await orders$.markOrderPaidAction(idle, form({ orderId }))).toMatchObject({ ok: true });
    expect(await orders$.fulfillOrderAction(idle, form({ orderId, trackingNumber: "1Z999AA10123456784", trackingCarrier: "UPS" }))).toMatchObject({ ok: true });
    expect(await orders$.refundOrderAction(idle, form({ orderId, amount: "12.34", reason: "requested_by_customer" }))).toEqual({
      ok: false,
      fieldErrors: { amount: ["At most $10.00 is left to refund."] },
    });
    expect(await orders$.refundOrderAction(idle, form({ orderId, amount: "2.50", reason: "other", note: "Late delivery" }))).toMatchObject({ ok: true, message: "Partial refund made." });
    expect(await orders$.addOrderNoteAction(idle, form({ orderId, text: "  " }))).toMatchObject({ ok: false, fieldErrors: { text: ["Write the note first."] } });
    expect(await orders$.addOrderNoteAction(idle, form({ orderId, text: "Customer asked for a gift wrap." }))).toMatchObject({ ok: true });
    const [row] = await withTenant(owner, b.id, (tx) => tx.select().from(orders).where(and(eq(orders.tenantId, b.id), eq(orders.id, orderId))));
    expect(row).toMatchObject({ trackingNumber: "1Z999AA10123456784", trackingCarrier: "UPS", fulfillmentStatus: "fulfilled", paymentStatus: "partially_refunded", refundedCents: 250 });
    const timeline = await withTenant(owner, b.id, (tx) => tx.select().from(orderEvents).where(and(eq(orderEvents.tenantId, b.id), eq(orderEvents.orderId, orderId))).orderBy(orderEvents.createdAt));
    expect(timeline.filter((e) => e.kind !== "mail").map((e) => [e.kind, e.actorKind])).toEqual([
      ["placed", "customer"],
      ["mark_paid", "member"],
      ["fulfill", "member"],
      ["refunded", "member"],
      ["note", "member"],
    ]);
    const changes = timeline.filter((e) => e.kind !== "mail");
    expect(changes[2]!.message).toBe("Fulfilled — UPS tracking 1Z999AA10123456784");
    expect(changes.slice(1).every((e) => e.actorUserId === members["b:orders"]!.id)).toBe(true);
    // Each mail is on the timeline too: confirmation, new-order notices, shipped, refund.
    expect(timeline.filter((e) => e.kind === "mail").map((e) => e.data.mailKind)).toEqual(
      expect.arrayContaining(["order.confirmation", "order.new", "order.shipped", "order.refunded"]),
    );
  });

  it("a tampered order id is a field error, never a 500", async () => {
    as("b", "owner");
    expect(await orders$.fulfillOrderAction(idle, form({ orderId: "1 or 1=1" }))).toMatchObject({ ok: false, fieldErrors: { orderId: [expect.any(String)] } });
  });
});

describe("roles", () => {
  it("a catalog member runs no order action and cannot list orders", async () => {
    const order = await orderOf(b, bProductId);
    as("b", "catalog");
    const before = await snapshotB();
    for (const action of [orders$.markOrderPaidAction, orders$.fulfillOrderAction, orders$.cancelOrderAction, orders$.refundOrderAction, orders$.addOrderNoteAction]) {
      expect(await action(idle, form({ orderId: order, amount: "1", reason: "other", text: "x" }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
    }
    expect(await snapshotB()).toEqual(before);
    const res = await ordersRoute.GET(new Request("http://x/data/orders"), { params: Promise.resolve({ store: b.slug }) });
    expect(res.status).toBe(403);
  });

  it.each(["orders", "staff"] as const)("a %s member cannot create, edit, archive or set an image", async (role) => {
    as("b", role);
    const before = await snapshotB();
    for (const result of [
      await products$.createProductAction(idle, form(productForm())),
      await products$.updateProductAction(idle, form({ productId: bProductId, ...productForm() })),
      await products$.archiveProductAction(idle, form({ productId: bProductId })),
      await products$.setProductImageAction(idle, form({ productId: bProductId, image: pngFile() })),
    ]) {
      expect(result).toMatchObject({ ok: false, error: "Your role does not allow this." });
    }
    expect(await snapshotB()).toEqual(before);
  });

  it("a staff member runs no order action but reads both lists", async () => {
    const order = await orderOf(b, bProductId);
    as("b", "staff");
    const before = await snapshotB();
    for (const action of [orders$.markOrderPaidAction, orders$.fulfillOrderAction, orders$.cancelOrderAction, orders$.refundOrderAction, orders$.addOrderNoteAction]) {
      expect(await action(idle, form({ orderId: order, amount: "1", reason: "other", text: "x" }))).toMatchObject({ ok: false, error: "Your role does not allow this." });
    }
    expect(await snapshotB()).toEqual(before);
    const list = await ordersRoute.GET(new Request("http://x/data/orders?paymentStatus=pending"), { params: Promise.resolve({ store: b.slug }) });
    expect(list.status).toBe(200);
    const tampered = await productsRoute.GET(new Request("http://x/data/products?afterAt=nope&afterId=x"), { params: Promise.resolve({ store: b.slug }) });
    expect(tampered.status).toBe(400);
  });
});
