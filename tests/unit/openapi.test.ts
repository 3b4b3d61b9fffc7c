import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { OPERATIONS, openApiDocument } from "@/lib/api/openapi";
import { EXAMPLES } from "@/lib/api/openapi-examples";
import { API_TYPES_FILE, generateApiTypes } from "@/lib/api/openapi-types";

/*
 * The OpenAPI document is checked the way an integrator's tooling reads it:
 * a strict validator, examples that parse with the server's own schemas,
 * every route file documented (and nothing documented that has no route),
 * and the generated client types current — the API tests are written
 * against those types, so document and server cannot drift.
 */

// Validating and generating take seconds on a loaded machine; not a timing test.
describe("the OpenAPI document", { timeout: 60_000 }, () => {
  it("passes a strict OpenAPI 3.0 validator", async () => {
    const doc = openApiDocument();
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    // zod's JSON Schema carries $id, which OpenAPI 3.0 schema objects do not allow.
    expect(JSON.stringify(doc)).not.toContain('"$id"');
  });

  it("the validator is strict: a $id in a schema fails it", async () => {
    const doc = structuredClone(openApiDocument()) as { components: { schemas: Record<string, Record<string, unknown>> } };
    doc.components.schemas.Store!.$id = "#/components/schemas/Store";
    await expect(SwaggerParser.validate(doc as never)).rejects.toThrow(/additional properties/);
  });

  it("has an example for every operation's request and answer, and each parses with the operation's schema", () => {
    for (const [p, methods] of Object.entries(OPERATIONS)) {
      for (const [method, op] of Object.entries(methods)) {
        const ex = EXAMPLES[op.operationId];
        expect(ex?.response, `${method} ${p} has a response example`).toBeDefined();
        const res = op.response.safeParse(ex!.response);
        expect(res.success ? null : res.error.issues, `${op.operationId} response example`).toBeNull();
        if (op.body) {
          expect(ex?.request, `${method} ${p} has a request example`).toBeDefined();
          const req = op.body.safeParse(ex!.request);
          expect(req.success ? null : req.error.issues, `${op.operationId} request example`).toBeNull();
        }
      }
    }
  });

  it("documents error answers with examples and the rate-limit headers on every operation", () => {
    const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, { headers?: object; content?: Record<string, { examples?: object }> }> }>> };
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        // A signed link (an export's download) takes no API key: no 401/403 to document.
        const keyless = op.security?.length === 0;
        for (const status of keyless ? ["429", "500"] : ["401", "403", "429", "500"]) {
          expect(op.responses[status]?.content?.["application/json"]?.examples, `${method} ${p} ${status}`).toBeDefined();
        }
        const ok = Object.entries(op.responses).find(([s]) => s.startsWith("2"))!;
        expect(Object.keys(ok[1].headers ?? {})).toEqual(expect.arrayContaining(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]));
        if (method === "post") expect(op.responses["422"]).toBeDefined();
      }
    }
  });

  it("lists exactly the routes under app/api/v1, with the methods they export", async () => {
    const root = path.resolve("app/api/v1");
    const found: string[] = [];
    async function walk(dir: string) {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (entry.name === "route.ts") {
          const rel = path.relative(root, dir).split(path.sep).map((seg) => seg.replace(/^\[(\w+)\]$/, "{$1}"));
          const route = `/api/v1/${rel.join("/")}`;
          if (route === "/api/v1/openapi.json") continue;
          const source = await readFile(full, "utf8");
          for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${m[1]!.toLowerCase()} ${route}`);
        }
      }
    }
    await walk(root);
    const documented = Object.entries(OPERATIONS).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`));
    expect(found.sort()).toEqual(documented.sort());
  });

  it(`keeps ${API_TYPES_FILE} current (run \`npm run api:types\` when this fails)`, async () => {
    expect(await readFile(API_TYPES_FILE, "utf8")).toBe(await generateApiTypes());
  });
});
