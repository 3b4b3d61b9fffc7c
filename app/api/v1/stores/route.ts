import { apiRoute, apiError, readBody, validationError } from "@/lib/api/http";
import { storeCreateSchema, storeListQuery } from "@/lib/api/schemas";
import { freshStoreJson, listStoresPage } from "@/lib/api/stores";
import { createStoreFromConsole } from "@/lib/console/create-store";
import { db } from "@/lib/db/client";
import { slugSchema } from "@/lib/tenancy/slug";

export const dynamic = "force-dynamic";

/** GET /api/v1/stores — platform key with stores:read. */
export const GET = apiRoute({ scope: "stores:read", store: false }, async (req) => {
  const parsed = storeListQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) return validationError(parsed.error);
  const page = await listStoresPage(parsed.data);
  if (page === "invalid") return apiError(400, "validation_failed", "The `after` cursor is not valid.");
  return Response.json(page);
});

/** POST /api/v1/stores — opens an active store with its owner (invited by mail when new). stores:write. */
export const POST = apiRoute({ scope: "stores:write", store: false }, async (req, { key }) => {
  const body = await readBody(req, storeCreateSchema);
  if (!body.ok) return body.response;
  const slug = slugSchema.safeParse(body.data.slug);
  if (!slug.success) return apiError(400, "validation_failed", "The request is not valid.", { details: [{ path: "slug", message: slug.error.issues[0]?.message }] });
  if (!key.createdBy) return apiError(403, "insufficient_scope", "This key has no admin behind it: create a new key.");
  const result = await createStoreFromConsole(db(), key.createdBy, { ...body.data, slug: slug.data });
  if (!result.ok) {
    const details = Object.entries(result.fieldErrors ?? {}).map(([path, m]) => ({ path, message: m?.[0] }));
    return apiError(409, "conflict", result.error ?? details[0]?.message ?? "The store could not be created.", { details });
  }
  return Response.json(await freshStoreJson({ slug: slug.data }), { status: 201 });
});
