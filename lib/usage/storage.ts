import "server-only";
import { fileStore, usageBytes } from "@/lib/storage/file-store";
import { storePrefix } from "@/lib/storage/keys";

/** Bytes a store's files take in the file store (everything under its prefix). */
export async function storageBytes(storeId: string): Promise<number> {
  return usageBytes(fileStore(), storePrefix(storeId));
}
