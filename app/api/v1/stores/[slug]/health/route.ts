import { apiRoute } from "@/lib/api/http";
import { storeHealthReport } from "@/lib/api/platform-ops";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores/{slug}/health — platform key, stores:read. */
export const GET = apiRoute<{ slug: string }>({ scope: "stores:read", store: true }, async (_req, { store }) => Response.json(await storeHealthReport(db(), store!)));
