import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { stores } from "@/lib/db/schema";
import { PLANS } from "@/lib/plans/plans";
import { authenticateApiKey, type ApiKey, type Scope } from "./keys";
import { creatorStillAuthorizes } from "./key-authority";
import { consumeApiRequest, rateLimitHeaders } from "./rate-limit";
import { countApiRequest } from "@/lib/usage/counters";
import { reportError } from "@/lib/errors/report";
import { SLUG_PATTERN } from "@/lib/tenancy/slug";
import { checkJson, readCapped, readCappedBytes } from "./body";
import { claimIdempotencyKey, fingerprint, IDEMPOTENCY_KEY_PATTERN, settleIdempotencyKey, type IdemScope } from "./idempotency";

/*
 * Every /api/v1 handler goes through apiRoute: bearer key → scope → store
 * (a store key reaches only its own store; anything else is a 404, so keys
 * cannot probe which stores exist) → plan's API flag → rate limit → handler.
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
  return apiError(409, "store_not_active", status === "suspended" ? "This store is suspended: it is read-only until it is reactivated." : "This store is not active.");
}

export function validationError(error: z.ZodError) {
  return apiError(400, "validation_failed", "The request is not valid.", {
    details: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
  });
}

export type StoreRow = typeof stores.$inferSelect;
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
      const auth = req.headers.get("authorization") ?? "";
      const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
      if (!token) return apiError(401, "unauthorized", "Send an API key as `Authorization: Bearer plz_…`.", { headers: { "www-authenticate": "Bearer" } });
      const key = await authenticateApiKey(db(), token);
      if (!key) return apiError(401, "unauthorized", "This API key is not valid or has been revoked.", { headers: { "www-authenticate": "Bearer" } });
      if (!key.scopes.includes(options.scope)) return apiError(403, "insufficient_scope", `This key lacks the \`${options.scope}\` scope.`);
      // The key acts for its creator, never beyond what they may still do (lib/api/key-authority.ts).
      if (!(await creatorStillAuthorizes(db(), key))) {
        return apiError(401, "unauthorized", "This API key's creator no longer has the rights it needs: create a new key.", { headers: { "www-authenticate": "Bearer" } });
      }

      // Routes without dynamic segments have no params at all.
      const params = ((await route.params) ?? {}) as P;
      const refusal = badRequestShape(req, params);
      if (refusal) return refusal;
      let store: StoreRow | null = null;
      if (options.store) {
        const slug = (params.slug ?? "").toLowerCase();
        // A malformed slug names no store: answered before any query.
        if (!SLUG_PATTERN.test(slug)) return apiError(404, "store_not_found", "No such store.");
        [store] = await db().select().from(stores).where(eq(stores.slug, slug)).limit(1).then((r) => [r[0] ?? null]);
        // A store key sees only its own store; platform keys see any.
        if (!store || (key.storeId !== null && key.storeId !== store.id)) return apiError(404, "store_not_found", "No such store.");
        if (key.storeId !== null && !PLANS[store.plan].features.apiAccess) {
          return apiError(403, "api_not_in_plan", `API access is not part of the ${PLANS[store.plan].name} plan.`);
        }
        // A store key only reads a store that is not active (the dashboard is read-only too). The write
        // itself re-checks the status inside its transaction (e.g. decideJoinRequests), so a suspension
        // that lands after this line still wins. Platform keys manage the lifecycle, so they may act.
        if ((key.storeId !== null || options.activeStoreOnly) && store.status !== "active" && req.method !== "GET" && req.method !== "HEAD") return storeNotActive(store.status);
      } else if (key.storeId !== null) {
        return apiError(403, "insufficient_scope", "This endpoint needs a platform key.");
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
