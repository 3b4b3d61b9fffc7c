import { connection } from "next/server";

// The bare baseline: a Next 16 page with no proxy, no lookup and no database,
// rendered per request like Plaza's pages (which need a per-request CSP nonce).
export default async function Layout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased">{children}</body>
    </html>
  );
}
