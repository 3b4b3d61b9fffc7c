import { eq, and } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { customers, orders } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { findOrderForCustomer } from "@/lib/commerce/orders";
import { authenticateCustomer, findCustomerAccount, registerCustomer, customerOrders } from "@/lib/customers/accounts";
import { signCustomerToken, verifyCustomerToken } from "@/lib/customers/token";
import { testDatabases, createTestStore } from "./db";
import { cartWith, checkout, checkoutForm, createProduct } from "./commerce-fixtures";
import { uid } from "./auth-fixtures";

const { app, owner } = testDatabases();
const SECRET = "integration-tests-secret-integration-tests";
const PASSWORD = "correct horse battery";

/** A checkout with `email`; `signedInAs` is the customer account signed in at the time, if any. */
async function buy(store: { id: string; currency: string }, email: string, signedInAs: string | null = null) {
  const p = await createProduct(owner, store.id, { stock: 10, priceCents: 1000 });
  const cart = await cartWith(app, store.id, [{ productId: p.id, quantity: 1 }]);
  const r = await checkout(app, store, cart, checkoutForm({ email }), signedInAs);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("customer accounts", () => {
  it("the same email at two stores is two independent customers", async () => {
    const acme = await createTestStore(owner);
    const globex = await createTestStore(owner);
    const email = `same-${uid()}@example.test`;
    const a = await registerCustomer(app, acme.id, { name: "At Acme", email, password: PASSWORD });
    const g = await registerCustomer(app, globex.id, { name: "At Globex", email, password: "another password 123" });
    expect(a.ok && g.ok).toBe(true);
    if (!a.ok || !g.ok) return;
    expect(a.customer.id).not.toBe(g.customer.id);
    expect(await authenticateCustomer(app, acme.id, { email, password: PASSWORD })).toMatchObject({ id: a.customer.id });
    expect(await authenticateCustomer(app, globex.id, { email, password: PASSWORD })).toBeNull();
    expect(await authenticateCustomer(app, globex.id, { email, password: "another password 123" })).toMatchObject({ id: g.customer.id });
    // An id from one store is nobody at the other.
    expect(await findCustomerAccount(app, globex.id, a.customer.id)).toBeNull();
  });

  it("registering twice is refused and keeps the first password; a guest becomes an account", async () => {
    const store = await createTestStore(owner);
    const email = `guest-${uid()}@example.test`;
    await buy(store, email);
    const r = await registerCustomer(app, store.id, { name: "Guest", email, password: PASSWORD });
    expect(r).toMatchObject({ ok: true });
    expect(await registerCustomer(app, store.id, { name: "Thief", email, password: "thief password 123" })).toMatchObject({ ok: false, field: "email" });
    expect(await authenticateCustomer(app, store.id, { email, password: "thief password 123" })).toBeNull();
    const rows = await withTenant(owner, store.id, (tx) => tx.select().from(customers).where(and(eq(customers.tenantId, store.id), eq(customers.email, email))));
    expect(rows).toHaveLength(1);
  });

  it("wrong password and unknown email both fail", async () => {
    const store = await createTestStore(owner);
    const email = `s-${uid()}@example.test`;
    await registerCustomer(app, store.id, { name: "S", email, password: PASSWORD });
    expect(await authenticateCustomer(app, store.id, { email, password: "wrong password!" })).toBeNull();
    expect(await authenticateCustomer(app, store.id, { email: `nobody-${uid()}@example.test`, password: PASSWORD })).toBeNull();
  });

  it("order history shows only the orders placed while signed in to the account", async () => {
    const store = await createTestStore(owner);
    const other = await createTestStore(owner);
    const email = `h-${uid()}@example.test`;
    const before = await buy(store, email); // as a guest, before the account existed
    const reg = await registerCustomer(app, store.id, { name: "H", email, password: PASSWORD });
    if (!reg.ok) throw new Error("register failed");
    const mine = await buy(store, email, reg.customer.id);
    await buy(store, `someone-else-${uid()}@example.test`);
    await buy(other, email); // same email at another store
    const history = await customerOrders(app, store.id, reg.customer);
    expect(history.items.map((o) => o.number)).toEqual([mine.number]);
    expect(history.items.map((o) => o.number)).not.toContain(before.number);
    const [row] = await withTenant(owner, store.id, (tx) => tx.select().from(orders).where(and(eq(orders.tenantId, store.id), eq(orders.number, mine.number))));
    expect(row!.customerId).toBe(reg.customer.id);
  });

  it("registering someone else's email does not capture their later guest orders", async () => {
    const store = await createTestStore(owner);
    const victimEmail = `victim-${uid()}@example.test`;
    // The attacker registers the victim's address first…
    const attacker = await registerCustomer(app, store.id, { name: "Mallory", email: victimEmail, password: PASSWORD });
    if (!attacker.ok) throw new Error("register failed");
    // …then the victim checks out as a guest with their own email.
    const victimOrder = await buy(store, victimEmail);
    expect((await customerOrders(app, store.id, attacker.customer)).items).toEqual([]);
    expect(await findOrderForCustomer(app, store.id, victimOrder.number, { tokens: [], customerId: attacker.customer.id })).toBeNull();
    // The victim still opens it with the order's own link.
    expect(await findOrderForCustomer(app, store.id, victimOrder.number, { tokens: [victimOrder.accessToken] })).not.toBeNull();
  });
});

describe("customer session token", () => {
  const storeA = "6f1c1b1e-0000-4000-8000-00000000000a";
  const storeB = "6f1c1b1e-0000-4000-8000-00000000000b";
  const customerId = "6f1c1b1e-0000-4000-8000-0000000000cc";
  const future = Date.now() + 60_000;

  it("is valid at its own store only", () => {
    const token = signCustomerToken(SECRET, { storeId: storeA, customerId, expiresAt: future });
    expect(verifyCustomerToken(SECRET, token, storeA)).toBe(customerId);
    expect(verifyCustomerToken(SECRET, token, storeB)).toBeNull();
  });

  it("refuses tampering, expiry, another secret and garbage", () => {
    const token = signCustomerToken(SECRET, { storeId: storeA, customerId, expiresAt: future });
    const [, c, e, mac] = token.split(".");
    expect(verifyCustomerToken(SECRET, `${storeB}.${c}.${e}.${mac}`, storeB)).toBeNull();
    expect(verifyCustomerToken(SECRET, token, storeA, future + 1)).toBeNull();
    expect(verifyCustomerToken("another-secret-another-secret-another", token, storeA)).toBeNull();
    for (const bad of ["", "a.b.c.d", "x", `${token}x`, token.replace(/.$/, "")]) expect(verifyCustomerToken(SECRET, bad, storeA)).toBeNull();
  });
});
