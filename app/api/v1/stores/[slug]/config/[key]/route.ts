import { configEntry, configEntryJson, keyringOr503 } from "@/lib/api/config";
import { apiError, apiRoute, readBody } from "@/lib/api/http";
import { configSetSchema } from "@/lib/api/schemas";
import { CONFIG_KEY_MAP } from "@/lib/config/keys";
import { deleteConfig, setConfig } from "@/lib/config/store-config";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
type Params = { slug: string; key: string };

const unknownKey = () => apiError(404, "not_found", "No such configuration key.");

/** PUT /api/v1/stores/{slug}/config/{key} {value} — config:write; validated by the key's own schema, secrets sealed. */
export const PUT = apiRoute<Params>({ scope: "config:write", store: true }, async (req, { store, params, key }) => {
  if (!CONFIG_KEY_MAP.has(params.key)) return unknownKey();
  const body = await readBody(req, configSetSchema);
  if (!body.ok) return body.response;
  const ring = keyringOr503();
  if (!ring.ok) return ring.response;
  const result = await setConfig(db(), ring.keyring, store!.id, params.key, body.data.value, { userId: key.createdBy });
  if (!result.ok) return apiError(400, "validation_failed", result.error, { details: [{ path: "value", message: result.error }] });
  return Response.json(configEntryJson(await configEntry(ring.keyring, store!.id, params.key)));
});

/** DELETE /api/v1/stores/{slug}/config/{key} — config:write; clearing a key that is not set is a 404. */
export const DELETE = apiRoute<Params>({ scope: "config:write", store: true }, async (_req, { store, params, key }) => {
  if (!CONFIG_KEY_MAP.has(params.key)) return unknownKey();
  const ring = keyringOr503();
  if (!ring.ok) return ring.response;
  if (!(await deleteConfig(db(), store!.id, params.key, { userId: key.createdBy }))) return apiError(404, "not_found", "This key is not set.");
  return Response.json(configEntryJson(await configEntry(ring.keyring, store!.id, params.key)));
});
