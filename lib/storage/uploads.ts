import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { PLANS } from "@/lib/plans/plans";
import { storageBytes } from "@/lib/usage/storage";
import { fileStore, type StoredFile } from "./file-store";
import { storeFileKey } from "./keys";
import { IMAGE_TYPES, STORED_NAME } from "./mime";

export { STORED_NAME } from "./mime";

/*
 * Uploaded images of a store (product pictures, logo), kept in the file store
 * under the store's own prefix (./keys.ts). Names are generated here; nothing
 * a user sends becomes part of a key.
 */

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type UploadResult = { ok: true; name: string; bytes: number } | { ok: false; error: string };
export type CheckedImage = { ok: true; bytes: Buffer; ext: string; type: string } | { ok: false; error: string };

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

/** Why the plan's storage cannot take `bytes` more, or null when it can. */
export async function storageRefusal(storeId: string, bytes: number): Promise<string | null> {
  const [store] = await db().select({ plan: stores.plan }).from(stores).where(eq(stores.id, storeId));
  if (!store) return "Store not found.";
  const limit = PLANS[store.plan].limits.storageBytes;
  const used = await storageBytes(storeId);
  return used + bytes > limit ? `The ${PLANS[store.plan].name} plan includes ${mb(limit)} of storage and ${mb(used)} is used. Remove images or upgrade the plan.` : null;
}

/** An uploaded image checked by size and by its real type (the file's bytes, not the name or the browser's claim). */
export async function checkImage(file: File): Promise<CheckedImage> {
  if (file.size === 0) return { ok: false, error: "The file is empty." };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, error: "Images can be at most 5 MB." };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = (await fileTypeFromBuffer(bytes))?.mime;
  const ext = type ? IMAGE_TYPES.get(type) : undefined;
  if (!type || !ext) return { ok: false, error: "Upload a PNG, JPEG, WebP or GIF image." };
  return { ok: true, bytes, ext, type };
}

/** Stores a checked image under a new generated name at `keyOf(name)`; returns the name. Every image store goes through here. */
export async function putImage(image: Extract<CheckedImage, { ok: true }>, keyOf: (name: string) => string): Promise<string> {
  const name = `${randomUUID()}.${image.ext}`;
  await fileStore().put(keyOf(name), image.bytes, image.type);
  return name;
}

/** A stored image by its generated name at `keyOf(name)`, or null (not such a name, missing). */
export async function readImage(name: string, keyOf: (name: string) => string): Promise<StoredFile | null> {
  if (!STORED_NAME.test(name)) return null;
  return fileStore().get(keyOf(name));
}

/** Saves an image for a store within its plan's storage. Returns the stored name. */
export async function saveStoreImage(storeId: string, file: File): Promise<UploadResult> {
  const image = await checkImage(file);
  if (!image.ok) return image;
  const noRoom = await storageRefusal(storeId, image.bytes.length);
  if (noRoom) return { ok: false, error: noRoom };
  const name = await putImage(image, (n) => storeFileKey(storeId, n));
  return { ok: true, name, bytes: image.bytes.length };
}

/** A stored image of this store, or null (wrong name, other store's file, missing). */
export async function readStoreImage(storeId: string, name: string): Promise<StoredFile | null> {
  return readImage(name, (n) => storeFileKey(storeId, n));
}
