import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { customerTokens, mailOutbox } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { findOrderForCustomer } from "@/lib/commerce/orders";
import { customerOrders, findCustomerAccount, registerCustomer } from "@/lib/customers/accounts";
import { sendVerificationMail, verifyCustomerEmail } from "@/lib/customers/verification";
import { uid } from "./auth-fixtures";
import { cartWith, checkout, checkoutForm, createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();
const PREFIX = "https://shop.example";
const tokenIn = (body: string) => /\/account\/verify\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? "";

async function buy(store: { id: string; currency: string }, email: string, signedInAs: string | null = null) {
  const p = await createProduct(owner, store.id, { stock: 10, priceCents: 1000 });
  const cart = await cartWith(app, store.id, [{ productId: p.id, quantity: 1 }]);
  const r = await checkout(app, store, cart, checkoutForm({ email }), signedInAs);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** A guest order with `email`, then an account registered on it, and its verification link. */
async function guestThenAccount() {
  const store = await createTestStore(owner);
  const email = `v-${uid()}@example.test`;
  const guestOrder = await buy(store, email);
  const reg = await registerCustomer(app, store.id, { name: "V", email, password: "a good password 1" });
  if (!reg.ok) throw new Error(reg.message);
  const sent = await sendVerificationMail(app, { id: store.id, name: store.name }, reg.customer, PREFIX);
  expect(sent).toEqual({ ok: true });
  const [mail] = await owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, store.id), eq(mailOutbox.kind, "customer.verify_email")));
  return { store, email, guestOrder, customer: reg.customer, mail: mail!, token: tokenIn(mail!.body) };
}

describe("shopper email verification", () => {
  it("earlier guest orders appear in the account only once the email is verified", async () => {
    const { store, email, guestOrder, customer, mail, token } = await guestThenAccount();
    expect(mail).toMatchObject({ toEmail: email, subject: `Confirm your email at ${store.name}` });
    expect(mail.body).toContain(`${PREFIX}/account/verify?token=`);
    expect(mail.html).toContain("<html");
    const mine = await buy(store, email, customer.id);

    // Before: only the order placed while signed in.
    expect((await customerOrders(app, store.id, customer)).items.map((o) => o.number)).toEqual([mine.number]);
    expect(await findOrderForCustomer(app, store.id, guestOrder.number, { tokens: [], customerId: customer.id, emailVerified: false })).toBeNull();

    expect(await verifyCustomerEmail(app, store.id, token)).toBe(email);
    const verified = (await findCustomerAccount(app, store.id, customer.id))!;
    expect(verified.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await customerOrders(app, store.id, verified)).items.map((o) => o.number)).toEqual([mine.number, guestOrder.number]);
    expect(await findOrderForCustomer(app, store.id, guestOrder.number, { tokens: [], customerId: customer.id, emailVerified: true })).not.toBeNull();
    // Another email's guest order never appears.
    const stranger = await buy(store, `stranger-${uid()}@example.test`);
    expect(await findOrderForCustomer(app, store.id, stranger.number, { tokens: [], customerId: customer.id, emailVerified: true })).toBeNull();
  });

  it("the link works once, and not after it expired", async () => {
    const a = await guestThenAccount();
    expect(await verifyCustomerEmail(app, a.store.id, a.token)).toBe(a.email);
    expect(await verifyCustomerEmail(app, a.store.id, a.token)).toBeNull();

    const b = await guestThenAccount();
    await withTenant(owner, b.store.id, (tx) => tx.update(customerTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(customerTokens.tenantId, b.store.id)));
    expect(await verifyCustomerEmail(app, b.store.id, b.token)).toBeNull();
    expect((await findCustomerAccount(app, b.store.id, b.customer.id))!.emailVerifiedAt).toBeNull();
  });

  it("another store's link verifies nothing there, and leaves its own store unverified", async () => {
    const a = await guestThenAccount();
    const other = await createTestStore(owner);
    const there = await registerCustomer(app, other.id, { name: "V", email: a.email, password: "a good password 1" });
    if (!there.ok) throw new Error(there.message);
    expect(await verifyCustomerEmail(app, other.id, a.token)).toBeNull();
    expect((await findCustomerAccount(app, other.id, there.customer.id))!.emailVerifiedAt).toBeNull();
    expect((await findCustomerAccount(app, a.store.id, a.customer.id))!.emailVerifiedAt).toBeNull();
  });

  it("a reset link is no verification link", async () => {
    const a = await guestThenAccount();
    await withTenant(owner, a.store.id, (tx) => tx.update(customerTokens).set({ purpose: "reset" }).where(eq(customerTokens.tenantId, a.store.id)));
    expect(await verifyCustomerEmail(app, a.store.id, a.token)).toBeNull();
  });

  it("resending is limited per account", async () => {
    const a = await guestThenAccount();
    const store = { id: a.store.id, name: a.store.name };
    expect(await sendVerificationMail(app, store, a.customer, PREFIX)).toEqual({ ok: true });
    expect(await sendVerificationMail(app, store, a.customer, PREFIX)).toEqual({ ok: true });
    expect(await sendVerificationMail(app, store, a.customer, PREFIX)).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
  });
});
