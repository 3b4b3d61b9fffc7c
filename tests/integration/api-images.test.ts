import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiKey, type Scope } from "@/lib/api/keys";
import { auditLog, memberships, products, stores, users } from "@/lib/db/schema";
import { withTenant } from "@/lib/db/tenant";
import { fileStore } from "@/lib/storage/file-store";
import { storeFileKey } from "@/lib/storage/keys";
import { apiClient } from "./support/api-client";
import { createProduct } from "./commerce-fixtures";
import { createTestStore, testDatabases } from "./db";

/*
 * Product images over /api/v1 through the generated client: the body is the
 * image, checked and stored by the dashboard's own upload path, attached by
 * its setProductImage (audited as the key's creator).
 */

const { app, owner } = testDatabases();

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

async function storeWithKey(prefix: string, scopes: Scope[] = ["products:read", "products:write"]) {
  const store = await createTestStore(owner, prefix);
  await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
  const [u] = await owner.insert(users).values({ email: `img-${randomUUID().slice(0, 8)}@example.test`, name: "Owner", passwordHash: "x" }).returning();
  await owner.insert(memberships).values({ storeId: store.id, userId: u!.id, role: "owner", status: "approved" });
  const { token } = await createApiKey(app, { storeId: store.id, name: "img", scopes, createdBy: u!.id });
  return { store, user: u!, api: apiClient(token) };
}

function upload(api: ReturnType<typeof apiClient>, slug: string, productId: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  return api.POST("/api/v1/stores/{slug}/products/{productId}/image", {
    params: { path: { slug, productId } },
    body: bytes as unknown as string,
    bodySerializer: (b: unknown) => b as BodyInit,
    headers: { "content-type": "image/png", ...headers },
  });
}

const imageOf = async (storeId: string, productId: string) =>
  (await withTenant(owner, storeId, (tx) => tx.select({ image: products.imagePath }).from(products).where(and(eq(products.tenantId, storeId), eq(products.id, productId)))))[0]?.image ?? null;

async function storedFiles(storeId: string): Promise<number> {
  let n = 0;
  for await (const f of fileStore().list(`stores/${storeId}/`)) n += f.size > 0 ? 1 : 0;
  return n;
}

describe("product images through the API", () => {
  it("uploads into the store's files, attaches it (audited), removes it", async () => {
    const { store, user, api } = await storeWithKey("ia");
    const p = await createProduct(owner, store.id, { stock: 1 });
    const up = await upload(api, store.slug, p.id, PNG);
    expect(up.response.status).toBe(201);
    const name = up.data!.image!;
    expect(name).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect(await imageOf(store.id, p.id)).toBe(name);
    expect(await fileStore().size(storeFileKey(store.id, name))).toBe(PNG.length);
    const got = await api.GET("/api/v1/stores/{slug}/products/{productId}", { params: { path: { slug: store.slug, productId: p.id } } });
    expect(got.data?.image).toBe(name);
    const removed = await api.DELETE("/api/v1/stores/{slug}/products/{productId}/image", { params: { path: { slug: store.slug, productId: p.id } } });
    expect(removed.data?.image).toBeNull();
    expect(await imageOf(store.id, p.id)).toBeNull();
    const audit = await owner.select().from(auditLog).where(and(eq(auditLog.storeId, store.id), eq(auditLog.action, "product.image_set")));
    expect(audit.map((a) => a.actorUserId)).toEqual([user.id, user.id]);
  });

  it("refuses what is not an image by its bytes, whatever the Content-Type; nothing is attached", async () => {
    const { store, api } = await storeWithKey("ib");
    const p = await createProduct(owner, store.id, { stock: 1 });
    const bad = await upload(api, store.slug, p.id, new TextEncoder().encode("<script>alert(1)</script>"));
    expect(bad.response.status).toBe(400);
    expect(bad.error?.error).toMatchObject({ code: "validation_failed", message: "Upload a PNG, JPEG, WebP or GIF image." });
    const empty = await upload(api, store.slug, p.id, new Uint8Array());
    expect(empty.error?.error.code).toBe("validation_failed");
    expect(await imageOf(store.id, p.id)).toBeNull();
  });

  it("another store's product or key, the wrong scope and a suspended store change nothing", async () => {
    const { store, api } = await storeWithKey("ic");
    const other = await storeWithKey("id");
    const mine = await createProduct(owner, store.id, { stock: 1 });
    const theirs = await createProduct(owner, other.store.id, { stock: 1 });

    const cross = await upload(api, store.slug, theirs.id, PNG);
    expect(cross.response.status).toBe(404);
    expect(cross.error?.error.code).toBe("not_found");
    const foreignKey = await upload(other.api, store.slug, mine.id, PNG);
    expect(foreignKey.response.status).toBe(404);
    expect(foreignKey.error?.error.code).toBe("store_not_found");
    const reader = await storeWithKey("ie", ["products:read"]);
    const readerProduct = await createProduct(owner, reader.store.id, { stock: 1 });
    const scope = await upload(reader.api, reader.store.slug, readerProduct.id, PNG);
    expect(scope.error?.error.code).toBe("insufficient_scope");
    await owner.update(stores).set({ status: "suspended" }).where(eq(stores.id, store.id));
    const suspended = await upload(api, store.slug, mine.id, PNG);
    expect(suspended.response.status).toBe(409);
    expect(suspended.error?.error.code).toBe("store_not_active");
    for (const [s, id] of [[store.id, mine.id], [other.store.id, theirs.id], [reader.store.id, readerProduct.id]] as const) expect(await imageOf(s, id)).toBeNull();
    expect(await storedFiles(store.id)).toBe(0);
  });

  it("replays an Idempotency-Key: one stored image for two requests", async () => {
    const { store, api } = await storeWithKey("if");
    const p = await createProduct(owner, store.id, { stock: 1 });
    const key = randomUUID();
    const a = await upload(api, store.slug, p.id, PNG, { "idempotency-key": key });
    const b = await upload(api, store.slug, p.id, PNG, { "idempotency-key": key });
    expect(b.response.headers.get("idempotent-replayed")).toBe("true");
    expect(b.data?.image).toBe(a.data?.image);
    expect(await storedFiles(store.id)).toBe(1);
  });
});
