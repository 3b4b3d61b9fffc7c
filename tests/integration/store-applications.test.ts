import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, stores, users } from "@/lib/db/schema";
import { applyForStore, decideStoreApplications, findStoreApplication, listStoreApplications } from "@/lib/stores/applications";
import { EMAIL_TAKEN } from "@/lib/auth/accounts";
import { testDatabases } from "./db";
import { addMember, auditFor, mailFor, makeStore, makeUser, membership, snapshot, uid } from "./auth-fixtures";

const { app, owner } = testDatabases();
const PASSWORD = "long-enough-password";

async function apply() {
  const slug = `apply-${uid()}`;
  const email = `founder-${uid()}@example.test`;
  const res = await applyForStore(app, { storeName: "Founder Shop", slug, note: "Soap.", account: { name: "F", email, password: PASSWORD } });
  expect(res).toMatchObject({ ok: true });
  const [store] = await owner.select().from(stores).where(eq(stores.slug, slug));
  const [user] = await owner.select().from(users).where(eq(users.email, email));
  return { store: store!, user: user!, slug, email };
}

describe("open a store", () => {
  it("creates the user, a pending store and a pending owner membership, with audit and mail, in one go", async () => {
    const { store, user, email } = await apply();
    expect(store.status).toBe("pending");
    expect(store.applicationNote).toBe("Soap.");
    expect(await membership(owner, store.id, user.id)).toMatchObject({ role: "owner", status: "pending" });
    expect((await auditFor(owner, store.id)).map((a) => a.action)).toEqual(["store_application.submitted"]);
    const mail = await mailFor(owner, store.id);
    expect(mail.map((m) => m.toEmail)).toContain(email);
    expect(mail.map((m) => m.toEmail)).toContain("admin@plaza.test"); // the deciders
    expect(mail.find((m) => m.toEmail === email)!.body).toContain("http://localhost:3000/pending"); // canonical link
    // The deciders' "Review:" link opens this application's page, not the console's front page.
    expect(mail.find((m) => m.toEmail === "admin@plaza.test")!.body).toMatch(new RegExp(`Review: http://admin\\.localhost:3000/applications/${store.id}$`, "m"));
    // On the one React Email template: an HTML body beside the text, the link in it.
    expect(mail.every((m) => m.html?.startsWith("<!DOCTYPE html") && m.html.includes("Plaza"))).toBe(true);
    expect(mail.find((m) => m.toEmail === "admin@plaza.test")!.html).toContain(`href="http://admin.localhost:3000/applications/${store.id}"`);
  });

  it("refuses a taken slug or email with a field error and saves nothing", async () => {
    const { slug, email } = await apply();
    const otherEmail = `x-${uid()}@example.test`;
    const taken = await applyForStore(app, { storeName: "X", slug, note: null, account: { name: "X", email: otherEmail, password: PASSWORD } });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("taken")] } });
    const newSlug = `fresh-${uid()}`;
    const dupEmail = await applyForStore(app, { storeName: "X", slug: newSlug, note: null, account: { name: "X", email, password: PASSWORD } });
    expect(dupEmail).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("already exists")] } });
    // Counted by the emails this test used, not the whole table: other files insert users meanwhile.
    expect(await owner.$count(users, eq(users.email, otherEmail))).toBe(0);
    expect(await owner.$count(users, eq(users.email, email))).toBe(1);
    expect(await owner.$count(stores, eq(stores.slug, newSlug))).toBe(0); // no half-made store
  });
});

describe("one email, two applications at once (issue 10.4)", () => {
  it("opens one store; the other submission is told the account exists and leaves no store behind", async () => {
    const email = `race-${uid()}@example.test`;
    const slugs = [`race-a-${uid()}`, `race-b-${uid()}`];
    const results = await Promise.all(slugs.map((slug) => applyForStore(app, { storeName: "Race", slug, note: null, account: { name: "R", email, password: PASSWORD } })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { email: [EMAIL_TAKEN] } });
    expect(await owner.$count(users, eq(users.email, email))).toBe(1);
    expect(await owner.$count(stores, inArray(stores.slug, slugs))).toBe(1);
  });
});

describe("deciding store applications", () => {
  it("approve: store active, owner approved, audit and mail to applicant and admins", async () => {
    const admin = await makeUser(owner, { admin: true });
    const { store, user, email } = await apply();
    const res = await decideStoreApplications(app, admin.id, [store.id], { decision: "approve" });
    expect(res).toMatchObject({ ok: true, data: { slugs: [store.slug] } });
    expect((await owner.select().from(stores).where(eq(stores.id, store.id)))[0]!.status).toBe("active");
    expect(await membership(owner, store.id, user.id)).toMatchObject({ status: "approved", decidedBy: admin.id });
    const audit = await auditFor(owner, store.id);
    expect(audit.at(-1)).toMatchObject({ action: "store_application.approved", actorUserId: admin.id, targetId: store.id });
    const mail = await mailFor(owner, store.id);
    expect(mail.filter((m) => m.kind === "store_application.approved").map((m) => m.toEmail)).toEqual(expect.arrayContaining([email, admin.email]));
  });

  it("reject keeps the record and the reason; approving it afterwards is refused with nothing changed", async () => {
    const admin = await makeUser(owner, { admin: true });
    const { store, user } = await apply();
    expect(await decideStoreApplications(app, admin.id, [store.id], { decision: "reject", reason: "Not a fit." })).toMatchObject({ ok: true });
    const [row] = await owner.select().from(stores).where(eq(stores.id, store.id));
    expect(row).toMatchObject({ status: "rejected", statusReason: "Not a fit." });
    expect(await membership(owner, store.id, user.id)).toMatchObject({ status: "rejected", decisionReason: "Not a fit." });
    expect((await mailFor(owner, store.id)).some((m) => m.kind === "store_application.rejected" && m.body.includes("Not a fit."))).toBe(true);

    const before = await snapshot(owner, store.id);
    const again = await decideStoreApplications(app, admin.id, [store.id], { decision: "approve" });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("Already decided") });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });

  it("approving twice is refused; a bulk batch with one decided store changes none", async () => {
    const admin = await makeUser(owner, { admin: true });
    const a = await apply();
    const b = await apply();
    await decideStoreApplications(app, admin.id, [a.store.id], { decision: "approve" });
    const beforeA = await snapshot(owner, a.store.id);
    const beforeB = await snapshot(owner, b.store.id);
    const res = await decideStoreApplications(app, admin.id, [a.store.id, b.store.id], { decision: "approve" });
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining("Already decided") });
    expect(await snapshot(owner, a.store.id)).toEqual(beforeA);
    expect(await snapshot(owner, b.store.id)).toEqual(beforeB);
  });

  it("a non-admin, even a store owner, cannot decide applications", async () => {
    const { store } = await apply();
    const other = await makeStore(owner);
    const someOwner = await makeUser(owner);
    await addMember(owner, other.id, someOwner.id, "owner");
    const before = await snapshot(owner, store.id);
    const res = await decideStoreApplications(app, someOwner.id, [store.id], { decision: "approve" });
    expect(res).toMatchObject({ ok: false, error: "Only platform admins decide store applications." });
    expect(await snapshot(owner, store.id)).toEqual(before);
    expect(await owner.$count(memberships, eq(memberships.storeId, store.id))).toBe(1);
  });
});

describe("the console queue's order, search and detail", () => {
  it("lists newest first by default, oldest first on request, and finds by name, address or email", async () => {
    const first = await apply();
    const second = await apply();
    await owner.update(stores).set({ createdAt: new Date(Date.now() - 60_000) }).where(eq(stores.id, first.store.id));
    const newest = await listStoreApplications(app, { status: "pending", q: "apply-", page: 1, pageSize: 500 });
    const ids = newest.rows.map((r) => r.id);
    expect(ids.indexOf(second.store.id)).toBeLessThan(ids.indexOf(first.store.id));
    const oldest = (await listStoreApplications(app, { status: "pending", sort: "oldest", q: "apply-", page: 1, pageSize: 500 })).rows.map((r) => r.id);
    expect(oldest.indexOf(first.store.id)).toBeLessThan(oldest.indexOf(second.store.id));
    const byEmail = await listStoreApplications(app, { q: first.email.toUpperCase(), page: 1, pageSize: 10 });
    expect(byEmail).toMatchObject({ total: 1, rows: [{ id: first.store.id, ownerEmail: first.email, ownerName: "F" }] });
    // LIKE wildcards are text: "%" finds nothing rather than everything.
    expect((await listStoreApplications(app, { q: "%", page: 1, pageSize: 10 })).total).toBe(0);
  });

  it("the detail page's loader names the applicant and store; an unknown id is null", async () => {
    const { store, email } = await apply();
    expect(await findStoreApplication(app, store.id)).toMatchObject({ id: store.id, name: "Founder Shop", status: "pending", note: "Soap.", ownerEmail: email, ownerName: "F" });
    expect(await findStoreApplication(app, crypto.randomUUID())).toBeNull();
  });
});
