import "server-only";
import { randomUUID } from "node:crypto";
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { env } from "@/lib/env";
import { MAX_IMAGE_BYTES, storageRefusal, STORED_NAME } from "@/lib/storage/uploads";

/*
 * Master catalogue images live under UPLOAD_DIR/catalogue, outside every
 * store's folder. Opting in copies the file into the store's own folder under
 * a new name, so the store's copy is served like any product image and stays
 * when the master image changes. Names are generated here, never taken from users.
 */

const TYPES = new Map([
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/webp", "webp"],
  ["image/gif", "gif"],
]);

const dir = () => path.resolve(env().UPLOAD_DIR, "catalogue");
const storeDir = (storeId: string) => path.resolve(env().UPLOAD_DIR, "stores", storeId);

export async function saveCatalogueImage(file: File): Promise<{ ok: true; name: string } | { ok: false; error: string }> {
  if (file.size === 0) return { ok: false, error: "The file is empty." };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, error: "Images can be at most 5 MB." };
  const bytes = Buffer.from(await file.arrayBuffer());
  const ext = TYPES.get((await fileTypeFromBuffer(bytes))?.mime ?? "");
  if (!ext) return { ok: false, error: "Upload a PNG, JPEG, WebP or GIF image." };
  const name = `${randomUUID()}.${ext}`;
  await mkdir(dir(), { recursive: true });
  await writeFile(path.join(dir(), name), bytes, { flag: "wx" });
  return { ok: true, name };
}

export async function readCatalogueImage(name: string): Promise<{ body: Buffer; type: string } | null> {
  if (!STORED_NAME.test(name)) return null;
  try {
    const body = await readFile(path.join(dir(), name));
    const ext = name.split(".").pop();
    return { body, type: [...TYPES].find(([, e]) => e === ext)?.[0] ?? "application/octet-stream" };
  } catch {
    return null;
  }
}

/**
 * Copies a master image into the store's folder; null when there is none or
 * the store's plan has no room for it (the product is copied without image).
 */
export async function copyCatalogueImageToStore(storeId: string, name: string | null): Promise<string | null> {
  if (!name || !STORED_NAME.test(name) || !/^[0-9a-f-]{36}$/.test(storeId)) return null;
  const copy = `${randomUUID()}.${name.split(".").pop()}`;
  try {
    if (await storageRefusal(storeId, (await stat(path.join(dir(), name))).size)) return null;
    await mkdir(storeDir(storeId), { recursive: true });
    await copyFile(path.join(dir(), name), path.join(storeDir(storeId), copy));
    return copy;
  } catch {
    return null;
  }
}
