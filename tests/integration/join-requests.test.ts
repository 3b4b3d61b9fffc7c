import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { decideJoinRequests, requestToJoin } from "@/lib/stores/join-requests";
import { PLANS } from "@/lib/plans/plans";
import { EMAIL_TAKEN } from "@/lib/auth/accounts";
import { testDatabases } from "./db";
import { addMember, auditFor, mailFor, makeStore, makeUser, membership, snapshot, storeWithOwner, uid } from "./auth-fixtures";

const { app, owner } = testDatabases();
const account = () => ({ name: "Joiner", email: `j-${uid()}@example.test`, password: "long-enough-password" });

describe("asking to join a store", () => {
  it("creates the account and a pending staff membership, with audit and mail to applicant and deciders", async () => {
    const { store, owner: storeOwner } = await storeWithOwner(owner);
    const a = account();
    const res = await requestToJoin(app, { slug: store.slug, note: "Let me in", account: a });
    expect(res).toMatchObject({ ok: true });
    const [user] = await owner.select().from(users).where(eq(users.email, a.email));
    expect(await membership(owner, store.id, user!.id)).toMatchObject({ role: "staff", status: "pending", requestNote: "Let me in" });
    expect((await auditFor(owner, store.id)).at(-1)).toMatchObject({ action: "join_request.submitted", actorUserId: user!.id });
    expect((await mailFor(owner, store.id)).map((m) => m.toEmail).sort()).toEqual([a.email, storeOwner.email].sort());
    // The owner's "Review:" link opens this very request on the members page.
    const notice = (await mailFor(owner, store.id)).find((m) => m.toEmail === storeOwner.email)!;
    expect(notice.body).toContain(`Review: http://${store.slug}.localhost:3000/dashboard/members#request-${user!.id}`);
    // On the one React Email template, in the store's name.
    expect(notice.html).toContain(`href="http://${store.slug}.localhost:3000/dashboard/members#request-${user!.id}"`);
    expect(notice.html).toContain(store.name);
  });

  it.each(["pending", "suspended", "rejected"] as const)("a %s store takes no request and no account is half-made", async (status) => {
    const store = await makeStore(owner, status);
    const a = account();
    const res = await requestToJoin(app, { slug: store.slug, note: null, account: a });
    expect(res).toEqual({ ok: false, error: { pending: "This store is still awaiting approval, so it cannot take join requests yet.", suspended: "This store is temporarily unavailable, so it cannot take join requests.", rejected: "This store is not open on Plaza." }[status] });
    expect(await owner.$count(users, eq(users.email, a.email))).toBe(0);
  });

  it("an unknown store is refused with a clear message", async () => {
    const res = await requestToJoin(app, { slug: `nope-${uid()}`, note: null, account: account() });
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining("no store at this address") });
  });

  it("an email that already has an account gets 'sign in first' and nothing is written (issue 10.4)", async () => {
    const { store } = await storeWithOwner(owner);
    const existing = await makeUser(owner);
    const before = await snapshot(owner, store.id);
    const res = await requestToJoin(app, { slug: store.slug, note: null, account: { ...account(), email: existing.email } });
    expect(res).toEqual({ ok: false, fieldErrors: { email: [EMAIL_TAKEN] } });
    expect(await snapshot(owner, store.id)).toEqual(before);
    expect(await owner.select({ hash: users.passwordHash }).from(users).where(eq(users.id, existing.id))).toEqual([{ hash: existing.passwordHash }]);
  });

  it("two simultaneous requests with one new email: one account, one request, the other told to sign in", async () => {
    const { store } = await storeWithOwner(owner);
    const a = account();
    const results = await Promise.all([0, 1].map(() => requestToJoin(app, { slug: store.slug, note: null, account: a })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { email: [EMAIL_TAKEN] } });
    const made = await owner.select({ id: users.id }).from(users).where(eq(users.email, a.email));
    expect(made).toHaveLength(1);
    expect(await membership(owner, store.id, made[0]!.id)).toMatchObject({ status: "pending" });
  });

  it("one user may ask several stores; asking the same store twice is refused", async () => {
    const user = await makeUser(owner);
    const actor = { id: user.id, email: user.email, name: user.name, isPlatformAdmin: false };
    const a = await storeWithOwner(owner);
    const b = await storeWithOwner(owner);
    expect(await requestToJoin(app, { slug: a.store.slug, note: null, user: actor })).toMatchObject({ ok: true });
    expect(await requestToJoin(app, { slug: b.store.slug, note: null, user: actor })).toMatchObject({ ok: true });
    expect(await requestToJoin(app, { slug: a.store.slug, note: null, user: actor })).toMatchObject({ ok: false, error: expect.stringContaining("already asked") });
  });
});

async function pendingRequest(storeId: string) {
  const u = await makeUser(owner);
  await addMember(owner, storeId, u.id, "staff", "pending");
  return u;
}

describe("deciding join requests", () => {
  it("an owner approves with a role: membership approved, audit and mail in the same change", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const u = await pendingRequest(store.id);
    expect(await decideJoinRequests(app, o.id, store.id, [u.id], { decision: "approve", role: "catalog" })).toMatchObject({ ok: true });
    expect(await membership(owner, store.id, u.id)).toMatchObject({ status: "approved", role: "catalog", decidedBy: o.id });
    expect((await auditFor(owner, store.id)).at(-1)).toMatchObject({ action: "join_request.approved", actorUserId: o.id, targetId: u.id });
    const mail = await mailFor(owner, store.id);
    // To the applicant, and a notice to the store's deciders.
    expect(mail.filter((m) => m.kind === "join_request.approved").map((m) => m.toEmail).sort()).toEqual([u.email, o.email].sort());
  });

  it("an admin rejects many with a reason; the reason reaches each applicant", async () => {
    const { store } = await storeWithOwner(owner);
    const admin = await makeUser(owner);
    await addMember(owner, store.id, admin.id, "admin");
    const [a, b] = [await pendingRequest(store.id), await pendingRequest(store.id)];
    expect(await decideJoinRequests(app, admin.id, store.id, [a.id, b.id], { decision: "reject", reason: "Full team." })).toMatchObject({ ok: true, message: "2 requests rejected." });
    for (const u of [a, b]) expect(await membership(owner, store.id, u.id)).toMatchObject({ status: "rejected", decisionReason: "Full team." });
    const rejected = (await mailFor(owner, store.id)).filter((m) => m.kind === "join_request.rejected");
    expect(rejected.filter((m) => m.toEmail === a.email)[0]!.body).toContain("Full team.");
    expect(rejected.some((m) => m.toEmail !== a.email && m.toEmail !== b.email)).toBe(true); // the deciders are told too
  });

  it("approving twice, or approving a rejected request, is refused and changes nothing", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const u = await pendingRequest(store.id);
    await decideJoinRequests(app, o.id, store.id, [u.id], { decision: "approve", role: "staff" });
    let before = await snapshot(owner, store.id);
    expect(await decideJoinRequests(app, o.id, store.id, [u.id], { decision: "approve", role: "admin" })).toMatchObject({ ok: false, error: expect.stringContaining("Already decided") });
    expect(await snapshot(owner, store.id)).toEqual(before);

    const r = await pendingRequest(store.id);
    await decideJoinRequests(app, o.id, store.id, [r.id], { decision: "reject", reason: "No." });
    before = await snapshot(owner, store.id);
    expect(await decideJoinRequests(app, o.id, store.id, [r.id], { decision: "approve", role: "staff" })).toEqual({ ok: false, error: expect.stringMatching(/^Already decided: .* \(rejected\)\. Nothing was changed\.$/) });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });

  it("approving another store's request by id is refused and changes nothing in either store", async () => {
    const acme = await storeWithOwner(owner);
    const globex = await storeWithOwner(owner);
    const u = await pendingRequest(globex.store.id);
    const beforeA = await snapshot(owner, acme.store.id);
    const beforeG = await snapshot(owner, globex.store.id);
    // acme's owner, acting in acme (the store comes from the host), names globex's request.
    const res = await decideJoinRequests(app, acme.owner.id, acme.store.id, [u.id], { decision: "approve", role: "owner" });
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining("do not belong to this store") });
    // …and acting in globex, where acme's owner is nobody.
    const res2 = await decideJoinRequests(app, acme.owner.id, globex.store.id, [u.id], { decision: "approve", role: "staff" });
    expect(res2).toMatchObject({ ok: false, error: expect.stringContaining("owners and admins") });
    expect(await snapshot(owner, acme.store.id)).toEqual(beforeA);
    expect(await snapshot(owner, globex.store.id)).toEqual(beforeG);
  });

  it.each(["staff", "catalog", "orders"] as const)("a %s member cannot decide anything", async (role) => {
    const { store } = await storeWithOwner(owner);
    const m = await makeUser(owner);
    await addMember(owner, store.id, m.id, role);
    const u = await pendingRequest(store.id);
    const before = await snapshot(owner, store.id);
    expect(await decideJoinRequests(app, m.id, store.id, [u.id], { decision: "approve", role: "staff" })).toEqual({ ok: false, error: "Only an owner can make someone an owner." });
    expect(await decideJoinRequests(app, m.id, store.id, [u.id], { decision: "reject", reason: "x" })).toEqual({ ok: false, error: "Only the store's owners and admins decide join requests." });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });

  it("pending and rejected members cannot decide; an admin cannot make owners", async () => {
    const { store } = await storeWithOwner(owner);
    const pend = await pendingRequest(store.id);
    const u = await pendingRequest(store.id);
    const admin = await makeUser(owner);
    await addMember(owner, store.id, admin.id, "admin");
    const before = await snapshot(owner, store.id);
    expect(await decideJoinRequests(app, pend.id, store.id, [u.id], { decision: "approve", role: "staff" })).toEqual({ ok: false, error: "Only the store's owners and admins decide join requests." });
    expect(await decideJoinRequests(app, admin.id, store.id, [u.id], { decision: "approve", role: "owner" })).toEqual({ ok: false, error: "Only an owner can make someone an owner." });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });
});

describe("the plan's member limit", () => {
  it("holds when approving: n-1 → one more, n → refused, and concurrent approvals cannot pass it", async () => {
    const { store, owner: o } = await storeWithOwner(owner); // basic plan; the owner is member 1
    const limit = PLANS.basic.limits.members;
    for (let i = 1; i < limit - 1; i++) await addMember(owner, store.id, (await makeUser(owner)).id, "staff");
    // limit - 1 approved now; three pending requests race for the last place.
    const waiting = [await makeUser(owner), await makeUser(owner), await makeUser(owner)];
    for (const u of waiting) await addMember(owner, store.id, u.id, "staff", "pending");
    const results = await Promise.all(waiting.map((u) => decideJoinRequests(app, o.id, store.id, [u.id], { decision: "approve", role: "staff" })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refusedOne = results.find((r) => !r.ok);
    expect(refusedOne).toMatchObject({ ok: false, error: expect.stringContaining(`allows ${limit} members`) });
    const statuses = await Promise.all(waiting.map((u) => membership(owner, store.id, u.id)));
    expect(statuses.filter((m) => m?.status === "approved")).toHaveLength(1);
    expect(statuses.filter((m) => m?.status === "pending")).toHaveLength(2);
    // Rejecting still works at the limit.
    const stillPending = waiting.filter((_, i) => statuses[i]?.status === "pending").map((u) => u.id);
    expect(await decideJoinRequests(app, o.id, store.id, stillPending, { decision: "reject", reason: "Team is full" })).toMatchObject({ ok: true });
  });
});
