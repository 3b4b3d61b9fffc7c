import "server-only";
import { db } from "@/lib/db/client";
import type { ApiKeyView } from "./key-view";
import { listApiKeys } from "./keys";

/** A store's keys (or the platform's, with null) as the settings pages show them. */
export async function apiKeyViews(storeId: string | null): Promise<ApiKeyView[]> {
  const rows = await listApiKeys(db(), storeId);
  return rows.map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  }));
}
