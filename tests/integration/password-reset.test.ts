import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { customers, customerTokens, mailOutbox, passwordTokens, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { RESET_LIMITS, RESET_SENT, requestStaffPasswordReset } from "@/lib/auth/password-reset";
import { issuePasswordToken, passwordTokenUsable, setPasswordWithToken } from "@/lib/auth/password-tokens";
import { findSessionUser } from "@/lib/auth/accounts";
import { verifyPassword } from "@/lib/auth/password";
import { authenticateCustomer, findCustomerAccount, registerCustomer } from "@/lib/customers/accounts";
import { requestCustomerPasswordReset, resetCustomerPassword } from "@/lib/customers/password-reset";
import { customerLinkUsable } from "@/lib/customers/links";
import { makeUser, uid } from "./auth-fixtures";
import { createTestStore, testDatabases } from "./db";

const { app, owner } = testDatabases();
const ip = () => `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${uid()}`;
const PREFIX = "http://acme.localhost:3000/dashboard";
const tokenIn = (body: string, path: string) => new RegExp(`${path.replace(/[/?]/g, "\\$&")}\\?token=([A-Za-z0-9_-]+)`).exec(body)?.[1] ?? "";

async function mailTo(email: string) {
  return owner.select().from(mailOutbox).where(eq(mailOutbox.toEmail, email)).orderBy(mailOutbox.id);
}

async function staffReset(email: string, from = ip()) {
  return requestStaffPasswordReset(app, { email, ip: from, linkPrefix: PREFIX, brand: { name: "Acme", color: "#336699" } });
}

describe("staff password reset", () => {
  it("mails a single-use link back to where it was asked for; only its hash is stored", async () => {
    const user = await makeUser(owner);
    expect(await staffReset(user.email)).toEqual({ ok: true, message: RESET_SENT });
    const [mail] = await mailTo(user.email);
    expect(mail).toMatchObject({ kind: "account.password_reset", subject: "Reset your Acme password" });
    expect(mail!.html).toContain("#336699");
    const token = tokenIn(mail!.body, `${PREFIX}/reset-password`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const [stored] = await owner.select().from(passwordTokens).where(eq(passwordTokens.userId, user.id));
    expect(stored).toMatchObject({ purpose: "reset", usedAt: null });
    expect(stored!.tokenHash).not.toContain(token);
    // Short-lived: about 30 minutes.
    const minutes = (stored!.expiresAt.getTime() - stored!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30.1);
  });

  it("an unknown email gets the same answer, and nothing is written", async () => {
    const email = `nobody-${uid()}@example.test`;
    expect(await staffReset(email)).toEqual({ ok: true, message: RESET_SENT });
    expect(await mailTo(email)).toEqual([]);
  });

  it("setting the password spends the link, every other open link, and raises the session version", async () => {
    const user = await makeUser(owner);
    await staffReset(user.email);
    await staffReset(user.email);
    const [first, second] = (await mailTo(user.email)).map((m) => tokenIn(m.body, `${PREFIX}/reset-password`));
    expect(await passwordTokenUsable(app, first!, "reset")).toBe(true);
    // A reset token is no invitation link and the reverse.
    expect(await passwordTokenUsable(app, first!, "invite")).toBe(false);
    expect(await setPasswordWithToken(app, first!, "a-brand-new-password", "invite")).toBeNull();
    const versionBefore = (await findSessionUser(app, user.id))!.sessionVersion;

    expect(await setPasswordWithToken(app, first!, "a-brand-new-password", "reset")).toBe(user.email);
    const [row] = await owner.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash, "a-brand-new-password")).toBe(true);
    expect(row!.sessionVersion).toBe(versionBefore + 1);
    // Reuse, and the other mail's link, are dead.
    expect(await setPasswordWithToken(app, first!, "yet-another-password", "reset")).toBeNull();
    expect(await setPasswordWithToken(app, second!, "yet-another-password", "reset")).toBeNull();
    const [still] = await owner.select().from(users).where(eq(users.id, user.id));
    expect(still!.passwordHash).toBe(row!.passwordHash);
    expect(still!.sessionVersion).toBe(versionBefore + 1);
  });

  it("an expired link is refused and changes nothing", async () => {
    const user = await makeUser(owner);
    const token = await issuePasswordToken(owner, user.id, "reset");
    await owner.update(passwordTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(passwordTokens.userId, user.id));
    expect(await passwordTokenUsable(app, token, "reset")).toBe(false);
    expect(await setPasswordWithToken(app, token, "a-brand-new-password", "reset")).toBeNull();
    const [row] = await owner.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ passwordHash: "fixture-hash", sessionVersion: 0 });
  });

  it("per email: past the limit the same answer, and no more mail (for unknown emails alike)", async () => {
    const user = await makeUser(owner);
    for (let i = 0; i < RESET_LIMITS.account.points + 2; i++) expect(await staffReset(user.email)).toEqual({ ok: true, message: RESET_SENT });
    expect(await mailTo(user.email)).toHaveLength(RESET_LIMITS.account.points);
  });

  it("per client: past the budget a visible wait, and no mail", async () => {
    const from = ip();
    for (let i = 0; i < RESET_LIMITS.client.points; i++) await staffReset(`spray-${uid()}@example.test`, from);
    const user = await makeUser(owner);
    const refused = await staffReset(user.email, from);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many requests from here\. Try again in \d+ s\.$/) });
    expect(await mailTo(user.email)).toEqual([]);
    // Another client is not affected.
    expect(await staffReset(user.email)).toEqual({ ok: true, message: RESET_SENT });
  });
});

describe("customer password reset, per store", () => {
  const PASSWORD = "the old password 1";
  const shopPrefix = "http://localhost:3000/stores/acme/shop";

  async function customerAt(storeId: string, email = `c-${uid()}@example.test`) {
    const r = await registerCustomer(app, storeId, { name: "C", email, password: PASSWORD });
    if (!r.ok) throw new Error(r.message);
    return r.customer;
  }
  const reset = (store: { id: string; name: string }, email: string) => requestCustomerPasswordReset(app, { id: store.id, name: store.name }, { email, ip: ip(), linkPrefix: shopPrefix });

  it("an account gets a link; a guest or unknown email the same answer and no mail", async () => {
    const store = await createTestStore(owner);
    const c = await customerAt(store.id);
    const guest = `guest-${uid()}@example.test`;
    await withTenant(owner, store.id, (tx) => tx.insert(customers).values({ tenantId: store.id, email: guest, name: "Guest" }));
    for (const email of [c.email, guest, `nobody-${uid()}@example.test`]) expect(await reset(store, email)).toEqual({ ok: true, message: RESET_SENT });
    const mails = await owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, store.id), eq(mailOutbox.kind, "customer.password_reset")));
    expect(mails.map((m) => m.toEmail)).toEqual([c.email]);
    expect(tokenIn(mails[0]!.body, `${shopPrefix}/account/reset-password`)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it("the new password works, the old sessions end, the link works once", async () => {
    const store = await createTestStore(owner);
    const c = await customerAt(store.id);
    const signedInEarlier = Date.now() - 1000;
    expect(await findCustomerAccount(app, store.id, c.id, { sessionStartedAt: signedInEarlier })).not.toBeNull();
    await reset(store, c.email);
    const [mail] = await owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, store.id), eq(mailOutbox.kind, "customer.password_reset")));
    const token = tokenIn(mail!.body, `${shopPrefix}/account/reset-password`);

    expect(await resetCustomerPassword(app, store.id, token, "the new password 2")).toBe(c.email);
    expect(await authenticateCustomer(app, store.id, { email: c.email, password: PASSWORD })).toBeNull();
    expect(await authenticateCustomer(app, store.id, { email: c.email, password: "the new password 2" })).toMatchObject({ id: c.id });
    // A session from before the reset is refused; one started after it is fine.
    expect(await findCustomerAccount(app, store.id, c.id, { sessionStartedAt: signedInEarlier })).toBeNull();
    expect(await findCustomerAccount(app, store.id, c.id, { sessionStartedAt: Date.now() + 1 })).not.toBeNull();
    // Reading the mail proved the mailbox.
    expect((await findCustomerAccount(app, store.id, c.id))!.emailVerifiedAt).not.toBeNull();
    expect(await resetCustomerPassword(app, store.id, token, "the third password")).toBeNull();
    expect(await authenticateCustomer(app, store.id, { email: c.email, password: "the new password 2" })).toMatchObject({ id: c.id });
  });

  it("a link made at one store does nothing at another, even for the same email", async () => {
    const acme = await createTestStore(owner);
    const globex = await createTestStore(owner);
    const email = `both-${uid()}@example.test`;
    await customerAt(acme.id, email);
    await customerAt(globex.id, email);
    await reset(acme, email);
    const [mail] = await owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, acme.id), eq(mailOutbox.kind, "customer.password_reset")));
    const token = tokenIn(mail!.body, `${shopPrefix}/account/reset-password`);
    expect(await withTenant(app, globex.id, (tx) => customerLinkUsable(tx, globex.id, token, "reset"))).toBe(false);
    expect(await resetCustomerPassword(app, globex.id, token, "stolen password 9")).toBeNull();
    expect(await authenticateCustomer(app, globex.id, { email, password: PASSWORD })).not.toBeNull();
    // Under RLS the other store cannot even see acme's link rows.
    expect(await withTenant(app, globex.id, (tx) => tx.select().from(customerTokens).where(eq(customerTokens.tenantId, acme.id)))).toEqual([]);
    // And the link still works where it belongs.
    expect(await resetCustomerPassword(app, acme.id, token, "the rightful password")).toBe(email);
  });

  it("an expired link is refused and changes nothing", async () => {
    const store = await createTestStore(owner);
    const c = await customerAt(store.id);
    await reset(store, c.email);
    const [mail] = await owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, store.id), eq(mailOutbox.kind, "customer.password_reset")));
    await withTenant(owner, store.id, (tx) => tx.update(customerTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(customerTokens.tenantId, store.id)));
    expect(await resetCustomerPassword(app, store.id, tokenIn(mail!.body, `${shopPrefix}/account/reset-password`), "a new password 1")).toBeNull();
    expect(await authenticateCustomer(app, store.id, { email: c.email, password: PASSWORD })).not.toBeNull();
    expect((await findCustomerAccount(app, store.id, c.id))!.emailVerifiedAt).toBeNull();
  });
});
