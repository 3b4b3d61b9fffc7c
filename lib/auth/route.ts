import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isPlazaHost } from "./hosts";
import { authOptions } from "./options";

/*
 * The next-auth endpoint (/api/auth/*), on every host Plaza serves
 * (docs/decisions/0012-security-review.md):
 * - next-auth's origin is the routed Host header and the configured scheme
 *   (PUBLIC_PROTOCOL), never a client's X-Forwarded-Host/-Proto: next-auth is
 *   handed a header set we build, not the request's. A host Plaza does not
 *   serve gets a 404, so no origin can be invented.
 * - none of next-auth's own HTML pages (sign-in, sign-out, error,
 *   verify-request, new-user) is served: Plaza's forms call the JSON
 *   endpoints (csrf, providers, callback, signout, session), and the pages
 *   would render forms posting wherever the origin says.
 * - every answer is `Cache-Control: no-store` (sessions and CSRF tokens).
 * next-auth's Pages-router signature (req, res, options) is the one that
 * takes headers from its caller; the small adapter below speaks it.
 */

const BUILT_IN_PAGES = new Set(["signin", "signout", "error", "verify-request", "new-user"]);
const NO_STORE = { "cache-control": "no-store" };

const notFound = () => Response.json({ error: "Not found." }, { status: 404, headers: NO_STORE });

type NextAuthRes = {
  status(code: number): NextAuthRes;
  setHeader(name: string, value: string | string[]): NextAuthRes;
  getHeader(name: string): string | string[] | undefined;
  send(body: unknown): void;
  json(body: unknown): void;
  end(): void;
};

async function readBody(req: NextRequest): Promise<Record<string, unknown> | undefined> {
  if (req.method !== "POST") return undefined;
  const type = req.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return (await req.json()) as Record<string, unknown>;
    if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(await req.text()));
  } catch {
    return {};
  }
  return {};
}

export async function authRoute(req: NextRequest, ctx: { params: Promise<{ nextauth?: string[] }> }): Promise<Response> {
  const segments = (await ctx.params).nextauth ?? [];
  if (req.method === "GET" && BUILT_IN_PAGES.has(segments[0] ?? "")) return notFound();
  const host = (req.headers.get("host") ?? "").toLowerCase();
  if (!host || !(await isPlazaHost(host))) return notFound();

  const headers: Record<string, string> = {};
  req.headers.forEach((value, key) => {
    headers[key] = value;
  });
  // The origin next-auth builds links, cookies and redirects on.
  headers["x-forwarded-host"] = host;
  headers["x-forwarded-proto"] = env().PUBLIC_PROTOCOL;

  let status = 200;
  const out = new Headers(NO_STORE);
  let body: BodyInit | null = null;
  const res: NextAuthRes = {
    status(code) {
      status = code;
      return res;
    },
    setHeader(name, value) {
      out.delete(name);
      for (const v of Array.isArray(value) ? value : [value]) out.append(name, v);
      if (name.toLowerCase() === "cache-control") out.set("cache-control", "no-store");
      return res;
    },
    getHeader(name) {
      return name.toLowerCase() === "set-cookie" ? out.getSetCookie() : (out.get(name) ?? undefined);
    },
    send(b) {
      if (typeof b === "object" && b !== null) {
        out.set("content-type", "application/json");
        body = JSON.stringify(b);
      } else body = b === undefined ? null : String(b);
    },
    json(b) {
      out.set("content-type", "application/json");
      body = JSON.stringify(b);
    },
    end() {},
  };
  const query = { ...Object.fromEntries(req.nextUrl.searchParams), nextauth: segments };
  const nextAuthReq = { method: req.method, headers, query, body: await readBody(req), cookies: Object.fromEntries(req.cookies.getAll().map((c) => [c.name, c.value])) };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: typeof authOptions) => Promise<void>)(nextAuthReq, res, authOptions);
  return new Response(body, { status, headers: out });
}
