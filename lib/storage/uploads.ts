import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { PLANS } from "@/lib/plans/plans";
import { storageBytes } from "@/lib/usage/storage";

/*
 * Uploaded images live under UPLOAD_DIR/stores/{storeId}/… — one folder per
 * store, named by id (never by slug, which can change). Names are generated
 * here; nothing a user sends becomes part of a path.
 */

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = new Map([
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/webp", "webp"],
  ["image/gif", "gif"],
]);
export const STORED_NAME = /^[0-9a-f-]{36}\.(png|jpg|webp|gif)$/;
const storeIdSchema = z.uuid();

export type UploadResult = { ok: true; name: string; bytes: number } | { ok: false; error: string };

function storeDir(storeId: string): string {
  return path.resolve(env().UPLOAD_DIR, "stores", storeIdSchema.parse(storeId));
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

/** Why the plan's storage cannot take `bytes` more, or null when it can. */
export async function storageRefusal(storeId: string, bytes: number): Promise<string | null> {
  const [store] = await db().select({ plan: stores.plan }).from(stores).where(eq(stores.id, storeId));
  if (!store) return "Store not found.";
  const limit = PLANS[store.plan].limits.storageBytes;
  const used = await storageBytes(storeId);
  return used + bytes > limit ? `The ${PLANS[store.plan].name} plan includes ${mb(limit)} of storage and ${mb(used)} is used. Remove images or upgrade the plan.` : null;
}

/**
 * Saves an image for a store after checking its size and its real type (the
 * file's bytes, not the name or the browser's claim). Returns the stored name.
 */
export async function saveStoreImage(storeId: string, file: File): Promise<UploadResult> {
  if (file.size === 0) return { ok: false, error: "The file is empty." };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, error: "Images can be at most 5 MB." };
  const bytes = Buffer.from(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  const ext = detected ? IMAGE_TYPES.get(detected.mime) : undefined;
  if (!ext) return { ok: false, error: "Upload a PNG, JPEG, WebP or GIF image." };
  const noRoom = await storageRefusal(storeId, bytes.length);
  if (noRoom) return { ok: false, error: noRoom };
  const name = `${randomUUID()}.${ext}`;
  const dir = storeDir(storeId);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), bytes, { flag: "wx" });
  return { ok: true, name, bytes: bytes.length };
}

/** A stored image of this store, or null (wrong name, other store's file, missing). */
export async function readStoreImage(storeId: string, name: string): Promise<{ body: Buffer; type: string } | null> {
  if (!STORED_NAME.test(name)) return null;
  try {
    const body = await readFile(path.join(storeDir(storeId), name));
    const ext = name.split(".").pop();
    const type = [...IMAGE_TYPES].find(([, e]) => e === ext)?.[0] ?? "application/octet-stream";
    return { body, type };
  } catch {
    return null;
  }
}
