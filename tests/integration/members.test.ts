import { describe, expect, it } from "vitest";
import { decideJoinRequests, requestToJoin } from "@/lib/stores/join-requests";
import { changeMemberRole, removeMember } from "@/lib/stores/members";
import { withPlatform } from "@/lib/db/tenant";
import { actorMembership } from "@/lib/stores/membership";
import { testDatabases } from "./db";
import { addMember, auditFor, mailFor, makeUser, membership, snapshot, storeWithOwner } from "./auth-fixtures";

const { app, owner } = testDatabases();

describe("members: change role and remove", () => {
  it("an owner changes a role, with audit and mail", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const m = await makeUser(owner);
    await addMember(owner, store.id, m.id, "staff");
    expect(await changeMemberRole(app, o.id, store.id, m.id, "orders")).toMatchObject({ ok: true });
    expect(await membership(owner, store.id, m.id)).toMatchObject({ role: "orders", status: "approved" });
    expect((await auditFor(owner, store.id)).at(-1)).toMatchObject({ action: "membership.role_changed", data: expect.objectContaining({ from: "staff", to: "orders" }) });
    expect((await mailFor(owner, store.id)).at(-1)).toMatchObject({ kind: "membership.role_changed" });
  });

  it("the last owner can be neither demoted nor removed; with two owners one may go", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const before = await snapshot(owner, store.id);
    expect(await changeMemberRole(app, o.id, store.id, o.id, "admin")).toMatchObject({ ok: false, error: expect.stringContaining("at least one owner") });
    expect(await removeMember(app, o.id, store.id, o.id, null)).toMatchObject({ ok: false, error: expect.stringContaining("at least one owner") });
    expect(await snapshot(owner, store.id)).toEqual(before);

    const second = await makeUser(owner);
    await addMember(owner, store.id, second.id, "owner");
    expect(await removeMember(app, second.id, store.id, o.id, "Handing over.")).toMatchObject({ ok: true });
    expect(await membership(owner, store.id, o.id)).toMatchObject({ status: "removed", decisionReason: "Handing over." });
  });

  it("an admin cannot demote or remove an owner, nor promote to owner", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const admin = await makeUser(owner);
    await addMember(owner, store.id, admin.id, "admin");
    const staff = await makeUser(owner);
    await addMember(owner, store.id, staff.id, "staff");
    const before = await snapshot(owner, store.id);
    expect(await removeMember(app, admin.id, store.id, o.id, null)).toEqual({ ok: false, error: "Only an owner can change or remove an owner." });
    expect(await changeMemberRole(app, admin.id, store.id, o.id, "staff")).toEqual({ ok: false, error: "Only an owner can change or remove an owner." });
    expect(await changeMemberRole(app, admin.id, store.id, staff.id, "owner")).toEqual({ ok: false, error: "Only an owner can make someone an owner." });
    expect(await snapshot(owner, store.id)).toEqual(before);
    expect(await changeMemberRole(app, admin.id, store.id, staff.id, "catalog")).toMatchObject({ ok: true });
  });

  it("a staff member cannot change roles or remove anyone", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const staff = await makeUser(owner);
    await addMember(owner, store.id, staff.id, "staff");
    const before = await snapshot(owner, store.id);
    expect(await removeMember(app, staff.id, store.id, o.id, null)).toEqual({ ok: false, error: "Only the store's owners and admins manage members." });
    expect(await changeMemberRole(app, staff.id, store.id, staff.id, "admin")).toEqual({ ok: false, error: "Only the store's owners and admins manage members." });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });

  it("a removed member's next request is refused, whatever their role was", async () => {
    const { store, owner: o } = await storeWithOwner(owner);
    const admin = await makeUser(owner);
    await addMember(owner, store.id, admin.id, "admin");
    const pending = await makeUser(owner);
    await addMember(owner, store.id, pending.id, "staff", "pending");
    expect(await removeMember(app, o.id, store.id, admin.id, null)).toMatchObject({ ok: true });

    // Authorization reads the membership: gone at once.
    expect(await withPlatform(app, (tx) => actorMembership(tx, store.id, admin.id))).toBeNull();
    const before = await snapshot(owner, store.id);
    expect(await decideJoinRequests(app, admin.id, store.id, [pending.id], { decision: "approve", role: "staff" })).toEqual({ ok: false, error: "Only the store's owners and admins decide join requests." });
    expect(await removeMember(app, admin.id, store.id, pending.id, null)).toEqual({ ok: false, error: "Only the store's owners and admins manage members." });
    // Asking to join again is refused too: the owners re-add people, not the removed person.
    const actor = { id: admin.id, email: admin.email, name: admin.name, isPlatformAdmin: false };
    expect(await requestToJoin(app, { slug: store.slug, note: null, user: actor })).toMatchObject({ ok: false, error: expect.stringContaining("removed") });
    expect(await snapshot(owner, store.id)).toEqual(before);
  });
});
