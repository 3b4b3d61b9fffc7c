import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { vi } from "vitest";
import { currentUser } from "@/lib/auth/session";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { stores } from "@/lib/db/schema";
import type { testDatabases } from "./db";
import { addMember, makeStore, makeUser } from "./auth-fixtures";

/*
 * Arranging calls to the settings actions and route handlers as a given user
 * on a given store's host. The test file mocks the two request readers
 * (session and proxy header); everything else — membership, permission,
 * the store's data — is the real code against the real database.
 */

type Owner = ReturnType<typeof testDatabases>["owner"];
type User = Awaited<ReturnType<typeof makeUser>>;

export const testKeyring = () => `k1:${randomBytes(32).toString("base64")}`;

/** The next action/route call runs as `user` on `slug`'s host (null: signed out). */
export function actAs(user: User | null, slug: string) {
  vi.mocked(currentUser).mockResolvedValue(user ? { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin } : null);
  vi.mocked(requestStoreSlug).mockResolvedValue(slug);
}

export function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one);
  return fd;
}

/** A premium store with an owner, an admin (settings:read only) and a staff member. */
export async function settingsStore(owner: Owner, plan: "basic" | "premium" = "premium") {
  const store = await makeStore(owner);
  await owner.update(stores).set({ plan }).where(eq(stores.id, store.id));
  const [o, admin, staff] = [await makeUser(owner), await makeUser(owner), await makeUser(owner)];
  await addMember(owner, store.id, o.id, "owner");
  await addMember(owner, store.id, admin.id, "admin");
  await addMember(owner, store.id, staff.id, "staff");
  return { store, owner: o, admin, staff };
}
