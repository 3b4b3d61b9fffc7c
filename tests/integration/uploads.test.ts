import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { stores } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { PLANS } from "@/lib/plans/plans";
import { readStoreImage, saveStoreImage } from "@/lib/storage/uploads";
import { exportStoreToBuffer } from "@/lib/stores/transfer/export";
import { importStore } from "@/lib/stores/transfer/import";
import { storageBytes } from "@/lib/usage/storage";
import { unzipSync } from "fflate";
import { existsSync } from "node:fs";
import { createTestStore, testDatabases } from "./db";

const { owner, appPool } = testDatabases();
// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const png = () => new File([PNG], "pixel.png", { type: "image/png" });

/** Fills a store's upload folder to `bytes` with a sparse file (no real disk used). */
function fill(storeId: string, bytes: number) {
  const dir = path.resolve(env().UPLOAD_DIR, "stores", storeId);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "filler.bin");
  writeFileSync(file, "");
  truncateSync(file, bytes);
}

describe("store images", () => {
  it("are checked by their bytes, not their name or type claim", async () => {
    const store = await createTestStore(owner, "img");
    const fake = new File([Buffer.from("<script>alert(1)</script>")], "x.png", { type: "image/png" });
    expect(await saveStoreImage(store.id, fake)).toEqual({ ok: false, error: "Upload a PNG, JPEG, WebP or GIF image." });
    const saved = await saveStoreImage(store.id, png());
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    expect((await readStoreImage(store.id, saved.name))?.type).toBe("image/png");
    // Another store cannot read it by name.
    const other = await createTestStore(owner, "img-other");
    expect(await readStoreImage(other.id, saved.name)).toBeNull();
  });

  it("stop at the plan's storage limit, and fit again after an upgrade", async () => {
    const store = await createTestStore(owner, "full");
    fill(store.id, PLANS.basic.limits.storageBytes - 10);
    const refused = await saveStoreImage(store.id, png());
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("Basic plan includes 1,024 MB of storage") });
    await owner.update(stores).set({ plan: "premium" }).where(eq(stores.id, store.id));
    expect((await saveStoreImage(store.id, png())).ok).toBe(true);
  });
});

describe("with the local disk driver", () => {
  it("exports a store's images and imports them into the target store's folder, counted in its usage", async () => {
    const source = await createTestStore(owner, "disk-src");
    const saved = await saveStoreImage(source.id, png());
    if (!saved.ok) throw new Error(saved.error);
    const archive = await exportStoreToBuffer(appPool, source.id);
    expect(Object.keys(unzipSync(archive)).filter((k) => k.startsWith("files/"))).toEqual([`files/${saved.name}`]);
    const target = await createTestStore(owner, "disk-dst");
    expect(await importStore(appPool, target.id, archive, { userId: null, via: "test" })).toMatchObject({ ok: true, files: 1 });
    expect(existsSync(path.resolve(env().UPLOAD_DIR, "stores", target.id, saved.name))).toBe(true);
    expect(await storageBytes(target.id)).toBe(PNG.length);
    expect((await readStoreImage(target.id, saved.name))?.size).toBe(PNG.length);
  });
});
