import { tlsAllowed } from "@/lib/domains/tls-allowed";

export const dynamic = "force-dynamic";

/**
 * For the TLS terminator's on-demand certificates: 200 when Plaza serves
 * `?domain=`, 404 otherwise (docs/deploy.md). Public by design: it says no
 * more than the host itself would.
 */
export async function GET(req: Request) {
  const domain = new URL(req.url).searchParams.get("domain") ?? "";
  const ok = domain.length > 0 && domain.length <= 253 && (await tlsAllowed(domain));
  return new Response(ok ? "ok" : "not served here", { status: ok ? 200 : 404, headers: { "content-type": "text/plain" } });
}
