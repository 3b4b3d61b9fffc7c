import "server-only";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/** Bytes a store's uploads take on disk (its own folder under UPLOAD_DIR). */
export async function storageBytes(storeId: string): Promise<number> {
  const root = path.resolve(env().UPLOAD_DIR, "stores", storeId);
  let total = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // no uploads yet
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) total += (await stat(p)).size;
    }
  };
  await walk(root);
  return total;
}
