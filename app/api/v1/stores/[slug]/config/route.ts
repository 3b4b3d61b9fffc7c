import { configEntryJson, keyringOr503 } from "@/lib/api/config";
import { apiRoute } from "@/lib/api/http";
import { listConfig } from "@/lib/config/store-config";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/config — config:read; every known key, secrets masked. */
export const GET = apiRoute<{ slug: string }>({ scope: "config:read", store: true }, async (_req, { store }) => {
  const ring = keyringOr503();
  if (!ring.ok) return ring.response;
  return Response.json({ data: (await listConfig(db(), ring.keyring, store!.id)).map(configEntryJson) });
});
