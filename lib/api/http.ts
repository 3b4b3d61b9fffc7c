import "server-only";
import { z } from "zod";
import { authorizeKey, authorizeKeyStore, authorizePlatformKey, notActive, type KeyStore } from "@/lib/access/api-key";
import type { AccessCode, AccessFailure } from "@/lib/access/decision";
import type { ApiKey, Scope } from "./keys";
import { consumeApiRequest, rateLimitHeaders } from "./rate-limit";
import { countApiRequest } from "@/lib/usage/counters";
import { reportError } from "@/lib/errors/report";
import { checkJson, readCapped, readCappedBytes } from "./body";
import { claimIdempotencyKey, fingerprint, IDEMPOTENCY_KEY_PATTERN, settleIdempotencyKey, type IdemScope } from "./idempotency";

/*
 * Every /api/v1 handler goes through apiRoute: the access decision
 * (lib/access/api-key.ts: bearer key → scope → creator's rights → store →
 * plan's API flag → store state) → rate limit → handler.
 * Errors are JSON with a stable `code`; nothing internal leaks.
 */

export type ApiErrorCode =
  | "unauthorized"
  | "insufficient_scope"
  | "store_not_found"
  | "not_found"
  | "api_not_in_plan"
  | "rate_limited"
  | "validation_failed"
  | "conflict"
  | "invalid_state"
  | "limit_reached"
  | "store_not_active"
  | "unavailable"
  | "payload_too_large"
  | "idempotency_key_reused"
  | "idempotency_in_progress"
  | "link_expired"
  | "internal_error";

export function apiError(status: number, code: ApiErrorCode, message: string, extra: { details?: unknown; headers?: HeadersInit } = {}) {
  return Response.json({ error: { code, message, ...(extra.details ? { details: extra.details } : {}) } }, { status, headers: extra.headers });
}

/** A write to a store that is not active: one code for the API, whatever the store's state. */
export function storeNotActive(status: string) {
  return refusal(notActive(status));
}

export function validationError(error: z.ZodError) {
  return apiError(400, "validation_failed", "The request is not valid.", {
    details: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  });
}

export type StoreRow = KeyStore;

/** The API's answer to each access refusal (lib/access/decision.ts): one status and one stable code per reason. */
const REFUSAL: Record<AccessCode, { status: number; code: ApiErrorCode }> = {
  unauthenticated: { status: 401, code: "unauthorized" },
  forbidden: { status: 403, code: "insufficient_scope" },
  not_in_plan: { status: 403, code: "api_not_in_plan" },
  no_store: { status: 404, code: "store_not_found" },
  not_member: { status: 404, code: "store_not_found" },
  wrong_host: { status: 404, code: "store_not_found" },
  read_only: { status: 409, code: "store_not_active" },
  store_closed: { status: 409, code: "store_not_active" },
};

function refusal(failure: AccessFailure): Response {
  const { status, code } = REFUSAL[failure.code];
  return apiError(status, code, failure.message, status === 401 ? { headers: { "www-authenticate": "Bearer" } } : {});
}
export type ApiContext<P> = { key: ApiKey; store: StoreRow | null; params: P };

type Options = {
  scope: Scope;
  store: boolean;
  /** The largest body this route takes (an import's zip); MAX_JSON_BODY_BYTES otherwise. */
  maxBodyBytes?: number;
  /** Whether a platform key's write needs the store active too (an import); store keys always do. */
  activeStoreOnly?: boolean;
};

export function apiRoute<P extends Record<string, string>>(
  options: Options,
  handler: (req: Request, ctx: ApiContext<P>) => Promise<Response>,
) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      // Who: the key, its scope, its creator's rights (lib/access/api-key.ts).
      const who = await authorizeKey(req.headers.get("authorization"), options.scope);
      if (!who.ok) return refusal(who);
      const { key } = who;

      // Routes without dynamic segments have no params at all.
      const params = ((await route.params) ?? {}) as P;
      const refusalOfShape = badRequestShape(req, params);
      if (refusalOfShape) return refusalOfShape;
      // Where: the store in the path, as this key may reach it; or a platform key for a route about no one store.
      let store: StoreRow | null = null;
      if (options.store) {
        const where = await authorizeKeyStore(key, params.slug ?? "", { write: req.method !== "GET" && req.method !== "HEAD", activeStoreOnly: options.activeStoreOnly });
        if (!where.ok) return refusal(where);
        store = where.store;
      } else {
        const platform = authorizePlatformKey(key);
        if (!platform.ok) return refusal(platform);
      }

      // A store's keys share the store's budget; a platform key has its own (even when it reads a store).
      const decision = await consumeApiRequest(key.storeId === null ? { platformKeyId: key.id } : { storeId: store!.id, plan: store!.plan });
      if (!decision.allowed) {
        return apiError(429, "rate_limited", `Too many requests: ${decision.limit} a minute. Retry after ${decision.retryAfterSeconds} s.`, {
          headers: rateLimitHeaders(decision),
        });
      }
      if (store) countApiRequest(store.id);
      const res = req.method === "POST" && req.headers.has("idempotency-key")
        ? await idempotent(req, { storeId: store?.id ?? null, apiKeyId: key.id }, options.maxBodyBytes ?? MAX_JSON_BODY_BYTES, (r) => handler(r, { key, store, params }))
        : await handler(req, { key, store, params });
      for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.headers.set(name, value);
      return res;
    } catch (err) {
      // Logged in full under a reference the client gets too; the client never sees SQL or a stack.
      const r = reportError(`api ${req.method} ${new URL(req.url).pathname}`, err);
      const headers = { "x-request-id": r.reference };
      if (r.fault === "maintenance") {
        return apiError(503, "unavailable", `Store maintenance, back in a moment: nothing was changed; retry in a few seconds. (Reference ${r.reference})`, {
          headers: { ...headers, "retry-after": "5" },
        });
      }
      if (r.fault) {
        return apiError(503, "unavailable", `The database is unavailable right now; retry in a few seconds. (Reference ${r.reference})`, {
          headers: { ...headers, "retry-after": "5" },
        });
      }
      return apiError(500, "internal_error", `Something went wrong on our side. Try again later. (Reference ${r.reference})`, { headers });
    }
  };
}

/**
 * Runs a POST under its Idempotency-Key (lib/api/idempotency.ts): the body is
 * read once here (fingerprinted with method and path), and the handler gets a
 * copy of the request with the same body.
 */
async function idempotent(req: Request, scope: IdemScope, maxBytes: number, run: (req: Request) => Promise<Response>): Promise<Response> {
  const key = req.headers.get("idempotency-key") ?? "";
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    return apiError(400, "validation_failed", "The Idempotency-Key header must be 1–255 printable ASCII characters (a UUID is a good choice).");
  }
  // Bytes, not text: an import's body is a zip.
  const body = await readCappedBytes(req, maxBytes);
  if (body === null) return apiError(413, "payload_too_large", `The body is larger than ${maxBytes / 1024 / 1024} MB.`);
  const claim = await claimIdempotencyKey(scope, key, fingerprint(req.method, new URL(req.url).pathname, body));
  if (claim.kind === "reused") {
    return apiError(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request (method, path or body). Use a new key for a new request.");
  }
  if (claim.kind === "in_progress") {
    return apiError(409, "idempotency_in_progress", "A request with this Idempotency-Key is still being processed. Retry in a moment.", { headers: { "retry-after": "1" } });
  }
  if (claim.kind === "replay") {
    return new Response(claim.body, { status: claim.status, headers: { "content-type": "application/json", "idempotent-replayed": "true" } });
  }
  let res: Response;
  try {
    res = await run(new Request(req.url, { method: req.method, headers: req.headers, body: body as Uint8Array<ArrayBuffer> }));
  } catch (err) {
    await settleIdempotencyKey(scope, key, null).catch(() => {});
    throw err;
  }
  await settleIdempotencyKey(scope, key, { status: res.status, body: await res.clone().text() });
  return res;
}

/** JSON bodies of /api/v1 are small documents: no endpoint takes more than a few kilobytes. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** The JSON body, read up to MAX_JSON_BODY_BYTES (413 beyond) and parsed with `schema`; a Response when it is not valid. */
export async function readBody<S extends z.ZodType>(req: Request, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const text = await readCapped(req, MAX_JSON_BODY_BYTES);
  if (text === null) return { ok: false, response: apiError(413, "payload_too_large", `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(400, "validation_failed", "The body must be JSON.") };
  }
  const problem = checkJson(raw);
  if (problem) return { ok: false, response: apiError(400, "validation_failed", problem) };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: validationError(parsed.error) };
}

/** Path and query values PostgreSQL would refuse (NUL) are the client's mistake: a 400, before any query. */
function badRequestShape(req: Request, params: Record<string, string>): Response | null {
  const values = [...Object.values(params), ...new URL(req.url).searchParams.keys(), ...new URL(req.url).searchParams.values()];
  if (values.some((v) => typeof v !== "string" || v.includes("\0"))) {
    return apiError(400, "validation_failed", "The path or query contains a NUL character.");
  }
  return null;
}
