import { readdir } from "node:fs/promises";
import path from "node:path";
import createClient from "openapi-fetch";
import type { paths } from "../../support/api-schema";

/*
 * The API tests' client: openapi-fetch typed with the types generated from
 * /api/v1/openapi.json (tests/support/api-schema.ts, kept current by
 * tests/unit/openapi.test.ts). A request the document does not describe does
 * not compile. Its fetch hands each Request to the route handler Next.js
 * would pick for the path (the app/api/v1 tree, [param] folders as params),
 * so every call runs the real handler, apiRoute and database.
 */

const ROOT = path.resolve("app/api/v1");
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function resolveRoute(pathname: string): Promise<{ file: string; params: Record<string, string> } | null> {
  const segments = pathname.replace(/^\/api\/v1\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  let dir = ROOT;
  const params: Record<string, string> = {};
  for (const seg of segments) {
    const entries = await readdir(dir, { withFileTypes: true });
    const exact = entries.find((e) => e.isDirectory() && e.name === seg);
    const dynamic = entries.find((e) => e.isDirectory() && /^\[\w+\]$/.test(e.name));
    if (exact) dir = path.join(dir, exact.name);
    else if (dynamic) {
      params[dynamic.name.slice(1, -1)] = seg;
      dir = path.join(dir, dynamic.name);
    } else return null;
  }
  return { file: path.join(dir, "route.ts"), params };
}

export async function routeFetch(req: Request): Promise<Response> {
  const route = await resolveRoute(new URL(req.url).pathname);
  if (!route) return Response.json({ error: { code: "not_found", message: "no route" } }, { status: 404 });
  const mod = (await import(route.file)) as Record<string, Handler | undefined>;
  const handler = mod[req.method];
  if (!handler) return new Response(null, { status: 405 });
  return handler(req, { params: Promise.resolve(route.params) });
}

/** A client acting with `token` (null: no Authorization header). */
export function apiClient(token: string | null) {
  return createClient<paths>({ baseUrl: "http://localhost:3000", fetch: routeFetch, headers: token ? { authorization: `Bearer ${token}` } : {} });
}
