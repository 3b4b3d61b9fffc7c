import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onChange } from "@/lib/changes/changes";
import { changeListenerStatus, startChangeListener, stopChangeListener } from "@/lib/changes/listener";
import { memberships, users } from "@/lib/db/schema";
import { cachedMembership, cachedUser, membershipKey } from "@/lib/stores/access-cache";
import { createTestStore, testDatabases } from "./db";

/*
 * The dashboard's lookup cache (lib/stores/access-cache.ts): a user and their
 * membership stay cached, yet a removal, a role change or a lost admin flag is
 * never served once the database has announced it (drizzle/0023). The TTL is
 * far longer than the test, so only the announcement can explain a fresh
 * answer; an owner session with triggers off (session_replication_role)
 * writes behind the cache's back to prove the cache is really used.
 */

const { app, owner, ownerPool } = testDatabases();
let ttlBefore: string | undefined;

beforeAll(async () => {
  ttlBefore = process.env.TENANT_CACHE_TTL_MS;
  process.env.TENANT_CACHE_TTL_MS = "60000";
  await startChangeListener(() => {});
  while (changeListenerStatus() !== "listening") await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  process.env.TENANT_CACHE_TTL_MS = ttlBefore;
  await stopChangeListener();
});

/** Runs `write` and waits until the database's announcement of `key` has arrived here. */
async function heardAfter(topic: "user" | "membership", key: string, write: () => Promise<unknown>) {
  let off = () => {};
  const heard = new Promise<void>((resolve) => (off = onChange(topic, (k) => k === key && resolve())));
  try {
    await write();
    await heard;
  } finally {
    off();
  }
}

/** A write no trigger sees (this owner session only): the cache cannot hear of it. */
async function unannounced(statement: string, params: unknown[]) {
  const client = await ownerPool.connect();
  try {
    await client.query("set session_replication_role = replica");
    await client.query(statement, params);
  } finally {
    await client.query("reset session_replication_role");
    client.release();
  }
}

async function member(storeId: string, role: "owner" | "catalog" = "catalog", isPlatformAdmin = false) {
  const [u] = await owner
    .insert(users)
    .values({ email: `m-${randomUUID().slice(0, 8)}@example.test`, name: "Member", passwordHash: "x", isPlatformAdmin })
    .returning();
  // Its own announcement must have passed before a test reads through the cache.
  await heardAfter("membership", membershipKey(storeId, u!.id), () => owner.insert(memberships).values({ storeId, userId: u!.id, role, status: "approved" }));
  return u!;
}

describe("the dashboard's lookup cache", () => {
  it("never serves a removed membership once its removal is announced", async () => {
    const store = await createTestStore(owner, "acache");
    const user = await member(store.id);
    expect(await cachedMembership(app, store.id, user.id)).toMatchObject({ status: "approved", role: "catalog" });
    // Behind the cache's back: still the cached answer (the cache is really used) …
    await unannounced("update memberships set role = 'staff' where store_id = $1 and user_id = $2", [store.id, user.id]);
    expect(await cachedMembership(app, store.id, user.id)).toMatchObject({ status: "approved", role: "catalog" });
    // … and a removal the database announces is never served after it arrived.
    await heardAfter("membership", membershipKey(store.id, user.id), () =>
      owner
        .update(memberships)
        .set({ status: "removed", decisionReason: "Left the team" })
        .where(and(eq(memberships.storeId, store.id), eq(memberships.userId, user.id))),
    );
    expect(await cachedMembership(app, store.id, user.id)).toMatchObject({ status: "removed", decisionReason: "Left the team" });
  });

  it("hears a role change and a deleted membership, and keeps each user's entry to that user and store", async () => {
    const store = await createTestStore(owner, "acache2");
    const other = await createTestStore(owner, "acache3");
    const a = await member(store.id, "owner");
    const b = await member(store.id, "catalog");
    expect(await cachedMembership(app, store.id, a.id)).toMatchObject({ role: "owner" });
    expect(await cachedMembership(app, store.id, b.id)).toMatchObject({ role: "catalog" });
    expect(await cachedMembership(app, other.id, a.id)).toBeNull();
    await heardAfter("membership", membershipKey(store.id, b.id), () =>
      owner.update(memberships).set({ role: "orders" }).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, b.id))),
    );
    expect(await cachedMembership(app, store.id, b.id)).toMatchObject({ role: "orders" });
    expect(await cachedMembership(app, store.id, a.id)).toMatchObject({ role: "owner" });
    await heardAfter("membership", membershipKey(store.id, a.id), () =>
      owner.delete(memberships).where(and(eq(memberships.storeId, store.id), eq(memberships.userId, a.id))),
    );
    expect(await cachedMembership(app, store.id, a.id)).toBeNull();
  });

  it("never serves a platform admin flag, or a user, after its removal is announced", async () => {
    const store = await createTestStore(owner, "acache4");
    const admin = await member(store.id, "catalog", true);
    expect(await cachedUser(app, { userId: admin.id, sessionVersion: 0 })).toMatchObject({ isPlatformAdmin: true });
    await unannounced("update users set name = 'Renamed quietly' where id = $1", [admin.id]);
    expect(await cachedUser(app, { userId: admin.id, sessionVersion: 0 })).toMatchObject({ name: "Member" });
    await heardAfter("user", admin.id, () => owner.update(users).set({ isPlatformAdmin: false }).where(eq(users.id, admin.id)));
    expect(await cachedUser(app, { userId: admin.id, sessionVersion: 0 })).toMatchObject({ isPlatformAdmin: false, name: "Renamed quietly" });
    // Deleting the user announces the user and (by cascade) each membership.
    await heardAfter("membership", membershipKey(store.id, admin.id), () =>
      heardAfter("user", admin.id, () => owner.delete(users).where(eq(users.id, admin.id))),
    );
    expect(await cachedUser(app, { userId: admin.id, sessionVersion: 0 })).toBeNull();
    expect(await cachedMembership(app, store.id, admin.id)).toBeNull();
  });

  it("ends a cached session once a password reset is announced (the session version)", async () => {
    const store = await createTestStore(owner, "acache5");
    const staff = await member(store.id, "catalog");
    const before = { userId: staff.id, sessionVersion: 0 };
    expect(await cachedUser(app, before)).toMatchObject({ id: staff.id });
    // What completing a reset writes (lib/auth/password-tokens.ts): the version moves on.
    await heardAfter("user", staff.id, () => owner.update(users).set({ sessionVersion: 1 }).where(eq(users.id, staff.id)));
    expect(await cachedUser(app, before)).toBeNull();
    expect(await cachedUser(app, { userId: staff.id, sessionVersion: 1 })).toMatchObject({ id: staff.id });
  });
});
