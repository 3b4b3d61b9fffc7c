import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { GET as serveStoreImage } from "@/app/s/[store]/images/[name]/route";
import { copyCatalogImageToStore, saveCatalogImage } from "@/lib/catalog/master-images";
import { stores } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { purgeDueStores } from "@/lib/stores/lifecycle";
import { exportStoreToBuffer } from "@/lib/stores/transfer/export";
import { importStore } from "@/lib/stores/transfer/import";
import { readStoreImage, saveStoreImage } from "@/lib/storage/uploads";
import { storageBytes } from "@/lib/usage/storage";
import { startS3Server } from "../support/s3-server";
import { createTestStore, testDatabases } from "./db";

/*
 * Every upload path with STORAGE_DRIVER=s3, against a real S3-protocol server
 * (s3rver) on a free port: product images, master catalog copies, the
 * storefront's image route, storage usage, export/import and a store's purge.
 * lib/env.ts is read lazily, so setting the variables before the first use
 * switches this file's app modules to the S3 driver.
 */
const s3 = await startS3Server();
Object.assign(process.env, s3.env);
afterAll(() => s3.stop());

const { app, appPool, owner } = testDatabases();
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const png = () => new File([PNG], "pixel.png", { type: "image/png" });

async function objects(prefix: string): Promise<string[]> {
  const out = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}

async function saved(storeId: string): Promise<string> {
  const r = await saveStoreImage(storeId, png());
  if (!r.ok) throw new Error(r.error);
  return r.name;
}

describe("with the S3 driver", () => {
  it("stores a store's image in the bucket under the store's prefix, never on local disk", async () => {
    expect(env().STORAGE_DRIVER).toBe("s3");
    const store = await createTestStore(owner, "s3img");
    const name = await saved(store.id);
    expect(await objects(`stores/${store.id}/`)).toEqual([`stores/${store.id}/${name}`]);
    expect(existsSync(path.resolve(env().UPLOAD_DIR, "stores", store.id))).toBe(false);
    const image = await readStoreImage(store.id, name);
    expect(image).toMatchObject({ type: "image/png", size: PNG.length });
    expect(Buffer.from(await new Response(image!.body).arrayBuffer()).equals(PNG)).toBe(true);
    expect(await storageBytes(store.id)).toBe(PNG.length);
  });

  it("serves the image through the storefront route, and not through another store's", async () => {
    const store = await createTestStore(owner, "s3route");
    const other = await createTestStore(owner, "s3other");
    const name = await saved(store.id);
    const res = await serveStoreImage(new Request("http://x/"), { params: Promise.resolve({ store: store.slug, name }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    const elsewhere = await serveStoreImage(new Request("http://x/"), { params: Promise.resolve({ store: other.slug, name }) });
    expect(elsewhere.status).toBe(404);
    const traversal = await serveStoreImage(new Request("http://x/"), { params: Promise.resolve({ store: store.slug, name: `../${other.id}/${name}` }) });
    expect(traversal.status).toBe(404);
  });

  it("copies a master catalog image into the store's prefix on opt-in", async () => {
    const master = await saveCatalogImage(png());
    if (!master.ok) throw new Error(master.error);
    expect(await objects("catalogue/")).toContain(`catalogue/${master.name}`);
    const store = await createTestStore(owner, "s3cat");
    const copy = await copyCatalogImageToStore(store.id, master.name);
    expect(copy).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect(copy).not.toBe(master.name);
    expect(await objects(`stores/${store.id}/`)).toEqual([`stores/${store.id}/${copy}`]);
    expect(await copyCatalogImageToStore(store.id, `${randomUUID()}.png`)).toBeNull(); // no such master image
  });

  it("exports a store's files and imports them under the target store's prefix", async () => {
    const source = await createTestStore(owner, "s3src");
    const names = [await saved(source.id), await saved(source.id)].sort();
    const archive = await exportStoreToBuffer(appPool, source.id);
    const entries = unzipSync(archive);
    expect(Object.keys(entries).filter((k) => k.startsWith("files/")).sort()).toEqual(names.map((n) => `files/${n}`));
    expect(JSON.parse(strFromU8(entries["manifest.json"]!)).files).toHaveLength(2);

    const target = await createTestStore(owner, "s3dst");
    expect(await importStore(appPool, target.id, archive, { userId: null, via: "test" })).toMatchObject({ ok: true, files: 2 });
    expect(await objects(`stores/${target.id}/`)).toEqual(names.map((n) => `stores/${target.id}/${n}`));
    expect(await storageBytes(target.id)).toBe(2 * PNG.length);
    expect(await objects(`stores/${source.id}/`)).toHaveLength(2);
  });

  it("refuses an archive whose files do not match its manifest, writing nothing", async () => {
    const source = await createTestStore(owner, "s3bad");
    await saved(source.id);
    const entries = unzipSync(await exportStoreToBuffer(appPool, source.id));
    const manifest = JSON.parse(strFromU8(entries["manifest.json"]!));
    manifest.files[0].bytes += 1;
    const tampered = zipSync({ ...entries, "manifest.json": strToU8(JSON.stringify(manifest)) });
    const target = await createTestStore(owner, "s3bad-dst");
    expect(await importStore(appPool, target.id, tampered, { userId: null, via: "test" })).toEqual({
      ok: false,
      error: `The archive's file files/${manifest.files[0].name} is missing or does not match the manifest.`,
    });
    expect(await objects(`stores/${target.id}/`)).toEqual([]);
  });

  it("purges a store's objects with the store, and only its own", async () => {
    const doomed = await createTestStore(owner, "s3purge");
    const kept = await createTestStore(owner, "s3kept");
    await saved(doomed.id);
    await saved(kept.id);
    await owner.update(stores).set({ deletionRequestedAt: new Date(Date.now() - 10_000), purgeAfter: new Date(Date.now() - 1_000) }).where(eq(stores.id, doomed.id));
    expect(await purgeDueStores(app)).toContain(doomed.slug);
    expect(await objects(`stores/${doomed.id}/`)).toEqual([]);
    expect(await objects(`stores/${kept.id}/`)).toHaveLength(1);
  });
});
