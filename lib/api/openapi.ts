import { z } from "zod";
import pkg from "@/package.json";
import * as s from "./schemas";

/*
 * /api/v1/openapi.json, generated from the same zod schemas the handlers
 * validate with. Paths are listed here; their bodies and responses are the
 * schemas' JSON Schema (zod's own converter), so they cannot drift apart.
 */

type Op = {
  summary: string;
  security: "platform" | "store";
  scope: string;
  params?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
};

const errorRef = { $ref: "#/components/schemas/Error" };
const errors = {
  400: { description: "Invalid request (validation_failed)", content: { "application/json": { schema: errorRef } } },
  401: { description: "Missing, revoked or invalid key, or its creator no longer holds the rights its scopes need (unauthorized)", content: { "application/json": { schema: errorRef } } },
  403: { description: "insufficient_scope or api_not_in_plan", content: { "application/json": { schema: errorRef } } },
  404: { description: "store_not_found", content: { "application/json": { schema: errorRef } } },
  409: { description: "invalid_state, limit_reached, conflict, or store_not_active (a store key writing to a store that is not active)", content: { "application/json": { schema: errorRef } } },
  429: {
    description: "rate_limited",
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait" } },
    content: { "application/json": { schema: errorRef } },
  },
};

const slug = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const userId = { name: "userId", in: "path", required: true, schema: { type: "string", format: "uuid" } };

const ops: Record<string, Record<string, Op>> = {
  "/api/v1/stores": {
    get: { summary: "List stores", security: "platform", scope: "stores:read", params: s.storeListQuery, response: s.storeListSchema },
    post: { summary: "Open a store with its owner", security: "platform", scope: "stores:write", body: s.storeCreateSchema, response: s.storeSchema },
  },
  "/api/v1/stores/{slug}": {
    get: { summary: "Get a store", security: "platform", scope: "stores:read", response: s.storeSchema },
    patch: { summary: "Rename a store or change its plan", security: "platform", scope: "stores:write", body: s.storeUpdateSchema, response: s.storeSchema },
  },
  "/api/v1/stores/{slug}/suspend": {
    post: { summary: "Suspend a store", security: "platform", scope: "stores:write", body: s.reasonSchema, response: s.storeSchema },
  },
  "/api/v1/stores/{slug}/reactivate": {
    post: { summary: "Reactivate a suspended store", security: "platform", scope: "stores:write", body: s.optionalReasonSchema, response: s.storeSchema },
  },
  "/api/v1/stores/{slug}/join-requests": {
    get: { summary: "List pending join requests", security: "store", scope: "join_requests:read", response: s.joinRequestListSchema },
  },
  "/api/v1/stores/{slug}/join-requests/{userId}/approve": {
    post: { summary: "Approve a join request with a role", security: "store", scope: "join_requests:write", body: s.approveSchema, response: s.decisionResultSchema },
  },
  "/api/v1/stores/{slug}/join-requests/{userId}/reject": {
    post: { summary: "Reject a join request with a reason", security: "store", scope: "join_requests:write", body: s.reasonSchema, response: s.decisionResultSchema },
  },
  "/api/v1/stores/{slug}/orders": {
    get: { summary: "List the store's orders, newest first", security: "store", scope: "orders:read", params: s.ordersQuery, response: s.orderListSchema },
  },
  "/api/v1/stores/{slug}/products": {
    get: { summary: "List the store's products", security: "store", scope: "products:read", params: s.pageQuery, response: s.productListSchema },
  },
};

const uri = (id: string) => `#/components/schemas/${id}`;

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, { target: "openapi-3.0", io: "input", unrepresentable: "any" });
}

/** A named schema (`.meta({ id })`) becomes a $ref into components; others are inlined. */
function schemaOf(schema: z.ZodType) {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: uri(id) } : jsonSchema(schema);
}

function components() {
  const out = z.toJSONSchema(z.globalRegistry, { target: "openapi-3.0", io: "input", unrepresentable: "any", uri });
  return out.schemas;
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(ops)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) {
      const query = op.params
        ? Object.entries((jsonSchema(op.params) as { properties?: Record<string, unknown> }).properties ?? {}).map(([name, schema]) => ({ name, in: "query", required: false, schema }))
        : [];
      paths[path][method] = {
        summary: op.summary,
        description: `Needs a ${op.security} key with the \`${op.scope}\` scope.`,
        security: [{ bearer: [] }],
        parameters: [...(path.includes("{slug}") ? [slug] : []), ...(path.includes("{userId}") ? [userId] : []), ...query],
        ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body) } } } } : {}),
        responses: {
          200: { description: "OK", content: { "application/json": { schema: schemaOf(op.response) } } },
          ...errors,
          ...(op.body ? { 413: { description: "The body is larger than 1 MB (payload_too_large)", content: { "application/json": { schema: errorRef } } } } : {}),
        },
      };
    }
  }
  return {
    openapi: "3.0.3",
    info: { title: "Plaza API", version: pkg.version, description: "Stores, join requests, products and orders. Errors are JSON with a stable `error.code`." },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API key: plz_<prefix>_<secret>" } },
      schemas: components(),
    },
    paths,
  };
}
