import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { createProduct, archiveProduct } from "@/lib/catalog/products";
import { productInputSchema } from "@/lib/catalog/product-input";
import { decideJoinRequests } from "@/lib/stores/join-requests";
import { auditText } from "@/lib/audit/describe";
import { listHistory, listHistoryActors, type HistoryEntry } from "@/lib/audit/history";
import { testDatabases } from "./db";
import { addMember, makeUser, storeWithOwner } from "./auth-fixtures";

const { app, owner } = testDatabases();
const store = { area: "store" as const, base: "" };
const text = (e: HistoryEntry) => auditText({ action: e.action, data: {}, actor: e.sentence.actor, object: e.sentence.object }) ;
const sentences = (entries: HistoryEntry[]) => entries.map((e) => `${e.sentence.actor} ${e.sentence.before}${e.sentence.object ? ` ${e.sentence.object.name}` : ""}${e.sentence.after}`);

async function named(id: string, name: string) {
  await owner.update(users).set({ name }).where(eq(users.id, id));
}

/** A store whose owner "Ana Owner" made and archived "Blue Mug" and approved Bo's join request. */
async function storyStore() {
  const { store: s, owner: o } = await storeWithOwner(owner);
  await named(o.id, "Ana Owner");
  const made = await createProduct(app, s.id, productInputSchema.parse({ title: "Blue Mug", handle: "", description: "", price: "12.00", stock: "3", status: "active" }), { userId: o.id });
  if (!made.ok) throw new Error("fixture product");
  await archiveProduct(app, s.id, made.value.id, { userId: o.id });
  const bo = await makeUser(owner);
  await named(bo.id, "Bo Staff");
  await addMember(owner, s.id, bo.id, "staff", "pending");
  expect(await decideJoinRequests(app, o.id, s.id, [bo.id], { decision: "approve", role: "catalog" })).toMatchObject({ ok: true });
  return { store: s, owner: o, bo, productId: made.value.id };
}

describe("readable history", () => {
  it("says who did what to which object, by name, with a link", async () => {
    const { store: s, productId } = await storyStore();
    const entries = await listHistory(app, { storeId: s.id }, store);
    expect(sentences(entries)).toEqual([
      "Ana Owner approved the join request of Bo Staff as Catalog",
      "Ana Owner archived product Blue Mug",
      "Ana Owner created product Blue Mug",
    ]);
    expect(entries[1]!.sentence.object).toEqual({ name: "Blue Mug", href: `/products/${productId}` });
    expect(entries[0]!.sentence.object!.href).toBe("/members");
    // No code or UUID reaches the reader.
    for (const e of entries) expect(text(e)).not.toMatch(/[0-9a-f]{8}-|\w+\.\w+_?\w*/);
  });

  it("the members filter shows membership decisions only", async () => {
    const { store: s } = await storyStore();
    const entries = await listHistory(app, { storeId: s.id, kinds: ["members"] }, store);
    expect(entries.map((e) => e.action)).toEqual(["join_request.approved"]);
  });

  it("filters by actor and by date, and never shows another store's entries", async () => {
    const one = await storyStore();
    const other = await storyStore();
    const mine = await listHistory(app, { storeId: one.store.id }, store);
    expect(mine).toHaveLength(3);
    expect(mine.every((e) => e.store?.slug === one.store.slug)).toBe(true);
    expect(await listHistory(app, { storeId: one.store.id, actorId: other.owner.id }, store)).toEqual([]);
    expect(await listHistory(app, { storeId: one.store.id, actorId: one.owner.id }, store)).toHaveLength(3);
    const today = new Date().toISOString().slice(0, 10);
    expect(await listHistory(app, { storeId: one.store.id, from: today, to: today }, store)).toHaveLength(3);
    expect(await listHistory(app, { storeId: one.store.id, to: "2020-01-01" }, store)).toEqual([]);
    const actors = await listHistoryActors(app, one.store.id);
    expect(actors.map((a) => a.name)).toEqual(["Ana Owner"]);
  });

  it("in the console, links go to the store's dashboard and applications to their page", async () => {
    const { store: s, productId } = await storyStore();
    const entries = await listHistory(app, { storeId: s.id, kinds: ["products"] }, { area: "console", base: "/admin" });
    expect(entries[0]!.sentence.object!.href).toMatch(new RegExp(`/products/${productId}$`));
    expect(entries[0]!.sentence.object!.href).toContain(s.slug);
  });

  it("a product that no longer exists is named by its handle, without a link", async () => {
    const { store: s, owner: o } = await storeWithOwner(owner);
    await owner.execute(
      // An entry about a product id that is not in the store (deleted, or never there).
      (await import("drizzle-orm")).sql`insert into audit_log (store_id, actor_user_id, action, target_type, target_id, data)
        values (${s.id}, ${o.id}, 'product.archived', 'product', ${crypto.randomUUID()}, '{"handle":"old-mug"}')`,
    );
    const [entry] = await listHistory(app, { storeId: s.id }, store);
    expect(entry!.sentence.object).toEqual({ name: "old-mug", href: undefined });
  });
});
