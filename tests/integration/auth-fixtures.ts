import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, mailOutbox, memberships, stores, users } from "@/lib/db/schema";
import type { testDatabases } from "./db";

type Owner = ReturnType<typeof testDatabases>["owner"];
type Role = "owner" | "admin" | "catalog" | "orders" | "staff";

// A real argon2 hash is not needed to arrange fixtures: these users never sign in.
const HASH = "fixture-hash";

export const uid = () => randomUUID().slice(0, 8);

export async function makeUser(owner: Owner, opts: { admin?: boolean; email?: string } = {}) {
  const email = opts.email ?? `u-${uid()}@example.test`;
  const [u] = await owner.insert(users).values({ email, name: email.split("@")[0]!, passwordHash: HASH, isPlatformAdmin: opts.admin ?? false }).returning();
  return u!;
}

export async function makeStore(owner: Owner, status: "pending" | "active" | "suspended" | "rejected" = "active") {
  const slug = `s-${uid()}`;
  const [s] = await owner.insert(stores).values({ slug, name: `Store ${slug}`, status }).returning();
  return s!;
}

export async function addMember(owner: Owner, storeId: string, userId: string, role: Role, status: "pending" | "approved" | "rejected" | "removed" = "approved") {
  await owner.insert(memberships).values({ storeId, userId, role, status });
}

/** A store with an approved owner, ready for join requests. */
export async function storeWithOwner(owner: Owner) {
  const store = await makeStore(owner);
  const o = await makeUser(owner);
  await addMember(owner, store.id, o.id, "owner");
  return { store, owner: o };
}

export async function membership(owner: Owner, storeId: string, userId: string) {
  const [m] = await owner.select().from(memberships).where(and(eq(memberships.storeId, storeId), eq(memberships.userId, userId)));
  return m;
}

export async function auditFor(owner: Owner, storeId: string) {
  return owner.select().from(auditLog).where(eq(auditLog.storeId, storeId)).orderBy(auditLog.id);
}

export async function mailFor(owner: Owner, storeId: string) {
  return owner.select().from(mailOutbox).where(eq(mailOutbox.storeId, storeId)).orderBy(mailOutbox.id);
}

/** Every row count that a refused action must leave alone, to compare before and after. */
export async function snapshot(owner: Owner, storeId: string) {
  const [row] = (await owner.execute(sql`
    select
      (select count(*) from audit_log where store_id = ${storeId})::int as audit,
      (select count(*) from mail_outbox where store_id = ${storeId})::int as mail,
      (select json_agg(json_build_object('u', user_id, 'r', role, 's', status) order by user_id) from memberships where store_id = ${storeId}) as members,
      (select status from stores where id = ${storeId}) as status
  `)).rows as unknown as [Record<string, unknown>];
  return row;
}
