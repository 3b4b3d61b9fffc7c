import { eq } from "drizzle-orm";
import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { storeUpdateSchema } from "@/lib/api/schemas";
import { storeJson } from "@/lib/api/stores";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { changePlan } from "@/lib/plans/change";
import { invalidateStore } from "@/lib/tenancy/lookup";

export const dynamic = "force-dynamic";
type Params = { slug: string };

/** GET /api/v1/stores/{slug} */
export const GET = apiRoute<Params>({ scope: "stores:read", store: true }, async (_req, { store }) => Response.json(storeJson(store!)));

/** PATCH /api/v1/stores/{slug} — rename and/or change plan (applied as the console's preview describes). */
export const PATCH = apiRoute<Params>({ scope: "stores:write", store: true }, async (req, { store, key }) => {
  const body = await readBody(req, storeUpdateSchema);
  if (!body.ok) return body.response;
  const s = store!;
  if (body.data.plan && body.data.plan !== s.plan) {
    const changed = await changePlan(db(), s.id, body.data.plan, { userId: key.createdBy });
    if (!changed.ok) return apiError(409, "conflict", changed.error);
  }
  if (body.data.name && body.data.name !== s.name) {
    await db().transaction(async (tx) => {
      await tx.update(stores).set({ name: body.data.name!, updatedAt: new Date() }).where(eq(stores.id, s.id));
      await recordAudit(tx, { storeId: s.id, actorUserId: key.createdBy, action: "store.renamed", targetType: "store", targetId: s.slug, data: { from: s.name, to: body.data.name, via: `api:${key.prefix}` } });
    });
    invalidateStore(s.slug);
  }
  const [fresh] = await db().select().from(stores).where(eq(stores.id, s.id));
  return Response.json(storeJson(fresh!));
});
