import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, storeInvites, stores, users } from "@/lib/db/schema";
import { acceptInvite, findInvite, inviteMember, listOpenInvites, resendInvite, revokeInvite } from "@/lib/stores/invites";
import { PLANS } from "@/lib/plans/plans";
import { addMember, auditFor, makeUser, membership, snapshot, storeWithOwner, uid } from "./auth-fixtures";
import { testDatabases } from "./db";

const { app, owner } = testDatabases();
const tokenIn = (body: string) => /\/invite\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? "";
const email = () => `invitee-${uid()}@example.test`;

async function inviteMails(storeId: string) {
  return owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, storeId), eq(mailOutbox.kind, "store.invite"))).orderBy(mailOutbox.id);
}

/** A store with an owner and an open invitation for a new email; its link's token. */
async function invited(role: "staff" | "admin" | "owner" | "catalog" = "catalog") {
  const { store, owner: o } = await storeWithOwner(owner);
  const to = email();
  expect(await inviteMember(app, o, store.id, { email: to, role })).toMatchObject({ ok: true });
  const [mail] = await inviteMails(store.id);
  return { store, o, to, mail: mail!, token: tokenIn(mail!.body) };
}

describe("staff invites", () => {
  it("an owner invites; the mail's root link makes a new account with the approved membership; audited", async () => {
    const { store, o, to, mail, token } = await invited("catalog");
    expect(mail).toMatchObject({ toEmail: to, subject: `${o.name} invites you to ${store.name} on Plaza` });
    expect(mail.body).toContain("http://localhost:3000/invite?token=");
    expect(await findInvite(app, token)).toMatchObject({ email: to, role: "catalog", hasAccount: false, storeSlug: store.slug });
    const [stored] = await owner.select().from(storeInvites).where(eq(storeInvites.storeId, store.id));
    expect(stored!.tokenHash).not.toContain(token);

    const r = await acceptInvite(app, token, { account: { name: "New Person", passwordHash: "fixture-hash" } });
    expect(r).toMatchObject({ ok: true, data: { slug: store.slug, email: to } });
    const [user] = await owner.select().from(users).where(eq(users.email, to));
    expect(await membership(owner, store.id, user!.id)).toMatchObject({ role: "catalog", status: "approved", decidedBy: o.id });
    expect((await auditFor(owner, store.id)).map((a) => a.action)).toEqual(["member.invited", "member.invite_accepted"]);
    expect(await listOpenInvites(app, store.id)).toEqual([]);
    // Single use.
    expect(await findInvite(app, token)).toBeNull();
    expect(await acceptInvite(app, token, { account: { name: "Again", passwordHash: "x" } })).toMatchObject({ ok: false, error: expect.stringMatching(/expired, was revoked or was already used/) });
  });

  it("an existing account accepts as itself; another account cannot use the link", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const existing = await makeUser(owner);
    await inviteMember(app, o, store.id, { email: existing.email, role: "orders" });
    const token = tokenIn((await inviteMails(store.id))[0]!.body);
    expect(await findInvite(app, token)).toMatchObject({ hasAccount: true });
    const stranger = await makeUser(owner);
    expect(await acceptInvite(app, token, { user: stranger })).toMatchObject({ ok: false, error: `This invitation is for ${existing.email}. Sign in with that account.` });
    expect(await membership(owner, store.id, stranger.id)).toBeUndefined();
    // A new account cannot be made on an email that has one.
    expect(await acceptInvite(app, token, { account: { name: "Imposter", passwordHash: "x" } })).toMatchObject({ ok: false });
    expect(await acceptInvite(app, token, { user: existing })).toMatchObject({ ok: true });
    expect(await membership(owner, store.id, existing.id)).toMatchObject({ role: "orders", status: "approved" });
  });

  it("a removed member invited again becomes approved with the new role", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const former = await makeUser(owner);
    await addMember(owner, store.id, former.id, "staff", "removed");
    await inviteMember(app, o, store.id, { email: former.email, role: "catalog" });
    expect(await acceptInvite(app, tokenIn((await inviteMails(store.id))[0]!.body), { user: former })).toMatchObject({ ok: true });
    expect(await membership(owner, store.id, former.id)).toMatchObject({ role: "catalog", status: "approved" });
  });

  it("roles: staff, catalog and orders members cannot invite; an admin cannot invite an owner; nothing changes", async () => {
    const { store } = await storeWithOwner(owner);
    await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id)); // seats for everyone here
    for (const role of ["staff", "catalog", "orders"] as const) {
      const m = await makeUser(owner);
      await addMember(owner, store.id, m.id, role);
      const before = await snapshot(owner, store.id);
      expect(await inviteMember(app, m, store.id, { email: email(), role: "staff" })).toEqual({ ok: false, refusal: "not_allowed", error: "Only the store's owners and admins invite members." });
      expect(await snapshot(owner, store.id)).toEqual(before);
    }
    const admin = await makeUser(owner);
    await addMember(owner, store.id, admin.id, "admin");
    const before = await snapshot(owner, store.id);
    expect(await inviteMember(app, admin, store.id, { email: email(), role: "owner" })).toEqual({ ok: false, refusal: "not_allowed", error: "Only an owner can invite an owner." });
    expect(await snapshot(owner, store.id)).toEqual(before);
    expect(await inviteMember(app, admin, store.id, { email: email(), role: "admin" })).toMatchObject({ ok: true });
  });

  it("another store's owner can neither invite here, nor resend or revoke this store's invitations", async () => {
    const { store, mail } = await invited();
    const [invite] = await owner.select().from(storeInvites).where(eq(storeInvites.storeId, store.id));
    const other = await storeWithOwner(owner);
    const before = await snapshot(owner, store.id);
    expect(await inviteMember(app, other.owner, store.id, { email: email(), role: "staff" })).toMatchObject({ ok: false, error: "Only the store's owners and admins invite members." });
    // Their own store, this store's invitation id: matches nothing.
    expect(await resendInvite(app, other.owner, other.store.id, invite!.id)).toMatchObject({ ok: false, error: expect.stringMatching(/not open at this store/) });
    expect(await revokeInvite(app, other.owner.id, other.store.id, invite!.id)).toMatchObject({ ok: false, error: expect.stringMatching(/not open at this store/) });
    expect(await snapshot(owner, store.id)).toEqual(before);
    expect(await findInvite(app, tokenIn(mail.body))).not.toBeNull();
  });

  it("resend makes a new link and the old one dies; revoke kills the link", async () => {
    const { store, o, to, token } = await invited();
    const [invite] = await owner.select().from(storeInvites).where(eq(storeInvites.storeId, store.id));
    expect(await resendInvite(app, o, store.id, invite!.id)).toMatchObject({ ok: true, message: `Invitation sent again to ${to}.` });
    const mails = await inviteMails(store.id);
    expect(mails).toHaveLength(2);
    const fresh = tokenIn(mails[1]!.body);
    expect(fresh).not.toBe(token);
    expect(await findInvite(app, token)).toBeNull();
    expect(await findInvite(app, fresh)).not.toBeNull();

    expect(await revokeInvite(app, o.id, store.id, invite!.id)).toMatchObject({ ok: true });
    expect(await findInvite(app, fresh)).toBeNull();
    expect(await acceptInvite(app, fresh, { account: { name: "Late", passwordHash: "x" } })).toMatchObject({ ok: false });
    expect(await owner.select().from(users).where(eq(users.email, to))).toEqual([]);
    expect(await revokeInvite(app, o.id, store.id, invite!.id)).toMatchObject({ ok: false });
    expect((await auditFor(owner, store.id)).map((a) => a.action)).toEqual(["member.invited", "member.invite_resent", "member.invite_revoked"]);
  });

  it("an expired link is refused; the email can be invited afresh", async () => {
    const { store, o, to, token } = await invited();
    await owner.update(storeInvites).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(storeInvites.storeId, store.id));
    expect(await findInvite(app, token)).toBeNull();
    expect(await acceptInvite(app, token, { account: { name: "Late", passwordHash: "x" } })).toMatchObject({ ok: false });
    expect(await listOpenInvites(app, store.id)).toMatchObject([{ email: to, expired: true }]);
    expect(await inviteMember(app, o, store.id, { email: to, role: "staff" })).toMatchObject({ ok: true });
  });

  it("one open invitation per email; a member is not invited", async () => {
    const { store, o, to } = await invited();
    expect(await inviteMember(app, o, store.id, { email: to, role: "staff" })).toMatchObject({ ok: false, error: `${to} already has an open invitation. Resend it from the list instead.` });
    expect(await inviteMember(app, o, store.id, { email: o.email, role: "staff" })).toMatchObject({ ok: false, error: `${o.email} is already a member of this store.` });
  });

  it("the plan's member limit holds for invitations and for accepting them", async () => {
    const { store, owner: o } = await storeWithOwner(owner); // basic plan: 1 owner of PLANS.basic.limits.members
    const limit = PLANS.basic.limits.members;
    for (let i = 1; i < limit - 1; i++) await addMember(owner, store.id, (await makeUser(owner)).id, "staff");
    // One seat left: one invitation takes it.
    expect(await inviteMember(app, o, store.id, { email: email(), role: "staff" })).toMatchObject({ ok: true });
    const before = await snapshot(owner, store.id);
    expect(await inviteMember(app, o, store.id, { email: email(), role: "staff" })).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`^Your plan allows ${limit} members`)) });
    expect(await snapshot(owner, store.id)).toEqual(before);
    // The seat is taken meanwhile by someone approved another way: accepting is refused.
    await addMember(owner, store.id, (await makeUser(owner)).id, "staff");
    const token = tokenIn((await inviteMails(store.id))[0]!.body);
    expect(await acceptInvite(app, token, { account: { name: "Too Late", passwordHash: "x" } })).toMatchObject({ ok: false, error: expect.stringMatching(/reached its plan's limit/) });
    expect(await findInvite(app, token)).not.toBeNull();
  });

  it("a suspended store neither invites nor takes acceptances", async () => {
    const { store, o, token } = await invited();
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, store.id));
    expect(await inviteMember(app, o, store.id, { email: email(), role: "staff" })).toMatchObject({ ok: false, error: expect.stringMatching(/not active/) });
    expect(await acceptInvite(app, token, { account: { name: "X", passwordHash: "x" } })).toMatchObject({ ok: false, error: expect.stringMatching(/not active/) });
  });
});
