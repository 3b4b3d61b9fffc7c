import "server-only";
import { randomUUID } from "node:crypto";
import { fileStore, type StoredFile } from "@/lib/storage/file-store";
import { catalogFileKey, storeFileKey } from "@/lib/storage/keys";
import { checkImage, storageRefusal, STORED_NAME } from "@/lib/storage/uploads";

/*
 * Master catalog images live under the `catalogue/` prefix (CATALOG_PREFIX: stored keys keep their first spelling, decision 0014), outside every
 * store's. Opting in copies the file into the store's own prefix under a new
 * name, so the store's copy is served like any product image and stays when
 * the master image changes. Names are generated here, never taken from users.
 */

export async function saveCatalogImage(file: File): Promise<{ ok: true; name: string } | { ok: false; error: string }> {
  const image = await checkImage(file);
  if (!image.ok) return image;
  const name = `${randomUUID()}.${image.ext}`;
  await fileStore().put(catalogFileKey(name), image.bytes, image.type);
  return { ok: true, name };
}

export async function readCatalogImage(name: string): Promise<StoredFile | null> {
  if (!STORED_NAME.test(name)) return null;
  return fileStore().get(catalogFileKey(name));
}

/**
 * Copies a master image into the store's files; null when there is none or
 * the store's plan has no room for it (the product is copied without image).
 */
export async function copyCatalogImageToStore(storeId: string, name: string | null): Promise<string | null> {
  if (!name || !STORED_NAME.test(name) || !/^[0-9a-f-]{36}$/.test(storeId)) return null;
  const copy = `${randomUUID()}.${name.split(".").pop()}`;
  try {
    const size = await fileStore().size(catalogFileKey(name));
    if (size === null || (await storageRefusal(storeId, size))) return null;
    return (await fileStore().copy(catalogFileKey(name), storeFileKey(storeId, copy))) ? copy : null;
  } catch {
    return null;
  }
}
