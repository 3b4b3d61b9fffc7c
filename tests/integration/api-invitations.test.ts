import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiKey, type Scope } from "@/lib/api/keys";
import { auditLog, mailOutbox, memberships, storeInvites, stores, users } from "@/lib/db/schema";
import type { Role } from "@/lib/auth/permissions";
import { apiClient } from "./support/api-client";
import { createTestStore, testDatabases } from "./db";

/*
 * Invitations through /api/v1 (issue 16 §3), called with the client generated
 * from the OpenAPI document: the members page's own inviteMember /
 * resendInvite / revokeInvite, so the seat limit, the owner-only rule, the
 * audit entry and the mail are the dashboard's. Each endpoint from its own
 * store, another store's key, the wrong scope, a suspended store and a
 * replayed Idempotency-Key; refusals assert the code and that nothing changed.
 */

const { app, owner } = testDatabases();

const uid = () => randomUUID().slice(0, 8);
const MEMBERS: Scope[] = ["members:read", "members:write"];

async function person(role: Role, storeId: string) {
  const [u] = await owner.insert(users).values({ email: `${role}-${uid()}@example.test`, name: `The ${role}`, passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId, userId: u!.id, role, status: "approved" });
  return u!;
}

/** A premium store (API access), its owner, and the owner's key with `scopes`. */
async function storeWithKey(prefix: string, scopes: Scope[] = MEMBERS) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  const boss = await person("owner", store.id);
  const keyOf = async (creator: { id: string }, s: Scope[] = scopes) => apiClient((await createApiKey(app, { storeId: store.id, name: "team", scopes: s, createdBy: creator.id })).token);
  return { store, boss, api: await keyOf(boss), keyOf };
}

const invitesOf = (storeId: string) => owner.select().from(storeInvites).where(eq(storeInvites.storeId, storeId)).orderBy(storeInvites.createdAt);
const mailsOf = (storeId: string) => owner.select().from(mailOutbox).where(and(eq(mailOutbox.storeId, storeId), eq(mailOutbox.kind, "store.invite"))).orderBy(mailOutbox.id);
const auditOf = (storeId: string, action: string) => owner.select().from(auditLog).where(and(eq(auditLog.storeId, storeId), eq(auditLog.action, action)));
const at = (slug: string) => ({ params: { path: { slug } } });
const one = (slug: string, inviteId: string) => ({ params: { path: { slug, inviteId } } });

describe("invitations through the API", () => {
  it("invites (mailed, audited as the key's creator), lists, resends with a new link and revokes, as the members page does", async () => {
    const { store, boss, api } = await storeWithKey("iv");
    const email = `Robin-${uid()}@Example.test`;
    const made = await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `  ${email} `, role: "catalog" } });
    expect(made.response.status).toBe(201);
    // The dashboard's rule: trimmed and lower-cased.
    expect(made.data).toMatchObject({ email: email.toLowerCase(), role: "catalog", expired: false });
    const id = made.data!.id;
    expect(new Date(made.data!.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const [mail] = await mailsOf(store.id);
    expect(mail).toMatchObject({ toEmail: email.toLowerCase() });
    expect(mail!.body).toContain("/invite?token=");
    expect((await auditOf(store.id, "member.invited"))[0]).toMatchObject({ actorUserId: boss.id, targetId: id });

    const list = await api.GET("/api/v1/stores/{slug}/invitations", at(store.slug));
    expect(list.data).toEqual({ data: [made.data], next: null });

    const [before] = await invitesOf(store.id);
    const resent = await api.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", one(store.slug, id));
    expect(resent.response.status).toBe(200);
    expect(resent.data).toMatchObject({ id, email: email.toLowerCase() });
    const [after] = await invitesOf(store.id);
    expect(after!.tokenHash).not.toBe(before!.tokenHash);
    expect(await mailsOf(store.id)).toHaveLength(2);
    expect((await auditOf(store.id, "member.invite_resent"))[0]?.actorUserId).toBe(boss.id);

    const revoked = await api.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(store.slug, id));
    expect(revoked.data).toMatchObject({ ok: true, message: expect.stringContaining("revoked") });
    expect((await invitesOf(store.id))[0]?.revokedAt).not.toBeNull();
    expect((await auditOf(store.id, "member.invite_revoked"))[0]?.actorUserId).toBe(boss.id);
    expect((await api.GET("/api/v1/stores/{slug}/invitations", at(store.slug))).data?.data).toEqual([]);
    // Revoked is no longer open: neither resend nor revoke finds it.
    expect((await api.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", one(store.slug, id))).error?.error.code).toBe("not_found");
    expect((await api.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(store.slug, id))).error?.error.code).toBe("not_found");
  });

  it("pages with `after` = the previous page's `next`; a tampered cursor is a 400", async () => {
    const { store, api } = await storeWithKey("ivp");
    for (let i = 0; i < 3; i++) expect((await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `p${i}-${uid()}@example.test`, role: "staff" } })).response.status).toBe(201);
    const first = await api.GET("/api/v1/stores/{slug}/invitations", { params: { path: { slug: store.slug }, query: { limit: 2 } } });
    expect(first.data?.data).toHaveLength(2);
    const second = await api.GET("/api/v1/stores/{slug}/invitations", { params: { path: { slug: store.slug }, query: { limit: 2, after: first.data!.next! } } });
    expect(second.data?.data).toHaveLength(1);
    expect(second.data?.next).toBeNull();
    const all = [...first.data!.data, ...second.data!.data].map((i) => i.id);
    expect(new Set(all).size).toBe(3);
    expect((await api.GET("/api/v1/stores/{slug}/invitations", { params: { path: { slug: store.slug }, query: { after: "not-a-cursor" } } })).error?.error.code).toBe("validation_failed");
  });

  it("refuses bad input with field details, a member's email and a second open invitation; nothing is sent", async () => {
    const { store, boss, api } = await storeWithKey("ivb");
    const bad = await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: "not-an-email", role: "boss" as "staff" } });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: "email" }), expect.objectContaining({ path: "role" })]));
    const member = await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: boss.email, role: "staff" } });
    expect(member.error?.error).toMatchObject({ code: "conflict", message: `${boss.email} is already a member of this store.` });
    const email = `twice-${uid()}@example.test`;
    expect((await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email, role: "staff" } })).response.status).toBe(201);
    const twice = await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email, role: "admin" } });
    expect(twice.error?.error.code).toBe("conflict");
    expect(await invitesOf(store.id)).toHaveLength(1);
    expect(await mailsOf(store.id)).toHaveLength(1);
  });

  it("holds the plan's member limit: members plus open invitations; a refused invitation sends nothing", async () => {
    const { store, api } = await storeWithKey("ivl");
    // Premium allows 25 members: the owner and 23 staff, then one invitation takes the last seat.
    const staff = await owner.insert(users).values(Array.from({ length: 23 }, (_, i) => ({ email: `seat${i}-${uid()}@example.test`, name: "Seat", passwordHash: "x" }))).returning();
    await owner.insert(memberships).values(staff.map((u) => ({ storeId: store.id, userId: u.id, role: "staff" as const, status: "approved" as const })));
    expect((await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `last-${uid()}@example.test`, role: "staff" } })).response.status).toBe(201);
    const full = await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `over-${uid()}@example.test`, role: "staff" } });
    expect(full.response.status).toBe(409);
    expect(full.error?.error).toMatchObject({ code: "limit_reached", message: expect.stringContaining("Your plan allows 25 members") });
    expect(await invitesOf(store.id)).toHaveLength(1);
    expect(await mailsOf(store.id)).toHaveLength(1);
  });

  it("an admin's key invites staff but not an owner, and cannot resend or revoke an owner's invitation", async () => {
    const { store, api, keyOf } = await storeWithKey("iva");
    const admin = await keyOf(await person("admin", store.id));
    const ownerInvite = await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `co-${uid()}@example.test`, role: "owner" } });
    expect(ownerInvite.response.status).toBe(201);
    const refused = await admin.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `co2-${uid()}@example.test`, role: "owner" } });
    expect(refused.response.status).toBe(403);
    expect(refused.error?.error).toMatchObject({ code: "insufficient_scope", message: "Only an owner can invite an owner." });
    expect((await admin.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", one(store.slug, ownerInvite.data!.id))).error?.error.code).toBe("insufficient_scope");
    expect((await admin.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(store.slug, ownerInvite.data!.id))).error?.error.code).toBe("insufficient_scope");
    expect((await invitesOf(store.id)).map((i) => [i.role, i.revokedAt])).toEqual([["owner", null]]);
    expect((await admin.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `clerk-${uid()}@example.test`, role: "staff" } })).response.status).toBe(201);
  });

  it("keeps stores apart: another store's key is store_not_found, another store's invitation id is not_found; nothing changes", async () => {
    const a = await storeWithKey("iva1");
    const b = await storeWithKey("ivb1");
    const made = await a.api.POST("/api/v1/stores/{slug}/invitations", { ...at(a.store.slug), body: { email: `a-${uid()}@example.test`, role: "staff" } });
    const id = made.data!.id;
    expect((await b.api.GET("/api/v1/stores/{slug}/invitations", at(a.store.slug))).error?.error.code).toBe("store_not_found");
    expect((await b.api.POST("/api/v1/stores/{slug}/invitations", { ...at(a.store.slug), body: { email: `b-${uid()}@example.test`, role: "staff" } })).error?.error.code).toBe("store_not_found");
    expect((await b.api.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", one(a.store.slug, id))).error?.error.code).toBe("store_not_found");
    expect((await b.api.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(a.store.slug, id))).error?.error.code).toBe("store_not_found");
    // B's own path with A's invitation id: the id matches nothing in B.
    expect((await b.api.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", one(b.store.slug, id))).error?.error.code).toBe("not_found");
    expect((await b.api.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(b.store.slug, id))).error?.error.code).toBe("not_found");
    expect((await b.api.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(b.store.slug, "not-a-uuid"))).error?.error.code).toBe("not_found");
    expect((await b.api.GET("/api/v1/stores/{slug}/invitations", at(b.store.slug))).data?.data).toEqual([]);
    const [row] = await invitesOf(a.store.id);
    expect(row).toMatchObject({ id, revokedAt: null });
    expect(await mailsOf(a.store.id)).toHaveLength(1);
    expect(await invitesOf(b.store.id)).toEqual([]);
  });

  it("refuses the wrong scope (a read key writes nothing, a products key reads nothing)", async () => {
    const { store, api, boss, keyOf } = await storeWithKey("ivs");
    const id = (await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `s-${uid()}@example.test`, role: "staff" } })).data!.id;
    const reader = await keyOf(boss, ["members:read"]);
    expect((await reader.GET("/api/v1/stores/{slug}/invitations", at(store.slug))).data?.data).toHaveLength(1);
    expect((await reader.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `r-${uid()}@example.test`, role: "staff" } })).error?.error.code).toBe("insufficient_scope");
    expect((await reader.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", one(store.slug, id))).error?.error.code).toBe("insufficient_scope");
    expect((await reader.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(store.slug, id))).error?.error.code).toBe("insufficient_scope");
    const products = await keyOf(boss, ["products:read"]);
    expect((await products.GET("/api/v1/stores/{slug}/invitations", at(store.slug))).error?.error.code).toBe("insufficient_scope");
    expect(await invitesOf(store.id)).toHaveLength(1);
    expect((await invitesOf(store.id))[0]?.revokedAt).toBeNull();
    expect(await mailsOf(store.id)).toHaveLength(1);
  });

  it("a suspended store only reads: inviting, resending and revoking are store_not_active and change nothing", async () => {
    const { store, api } = await storeWithKey("ivx");
    const id = (await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `x-${uid()}@example.test`, role: "staff" } })).data!.id;
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, store.id));
    expect((await api.GET("/api/v1/stores/{slug}/invitations", at(store.slug))).data?.data).toHaveLength(1);
    expect((await api.POST("/api/v1/stores/{slug}/invitations", { ...at(store.slug), body: { email: `y-${uid()}@example.test`, role: "staff" } })).error?.error.code).toBe("store_not_active");
    expect((await api.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", one(store.slug, id))).error?.error.code).toBe("store_not_active");
    expect((await api.DELETE("/api/v1/stores/{slug}/invitations/{inviteId}", one(store.slug, id))).error?.error.code).toBe("store_not_active");
    const rows = await invitesOf(store.id);
    expect(rows.map((r) => r.revokedAt)).toEqual([null]);
    expect(await mailsOf(store.id)).toHaveLength(1);
  });

  it("replays an Idempotency-Key: one invitation and one mail for two requests; the key with another body is refused", async () => {
    const { store, api } = await storeWithKey("ivi");
    const key = randomUUID();
    const body = { email: `idem-${uid()}@example.test`, role: "staff" as const };
    const post = (b: typeof body) => api.POST("/api/v1/stores/{slug}/invitations", { params: { path: { slug: store.slug }, header: { "Idempotency-Key": key } }, body: b });
    const first = await post(body);
    const second = await post(body);
    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(201);
    expect(second.data).toEqual(first.data);
    expect(second.response.headers.get("idempotent-replayed")).toBe("true");
    const other = await post({ ...body, email: `other-${uid()}@example.test` });
    expect(other.response.status).toBe(422);
    expect(other.error?.error.code).toBe("idempotency_key_reused");
    expect(await invitesOf(store.id)).toHaveLength(1);
    expect(await mailsOf(store.id)).toHaveLength(1);

    const resendKey = randomUUID();
    const resend = () => api.POST("/api/v1/stores/{slug}/invitations/{inviteId}/resend", { params: { path: { slug: store.slug, inviteId: first.data!.id }, header: { "Idempotency-Key": resendKey } } });
    expect((await resend()).response.status).toBe(200);
    expect((await resend()).response.headers.get("idempotent-replayed")).toBe("true");
    expect(await mailsOf(store.id)).toHaveLength(2);
  });
});
