import type { Metadata } from "next";
import { connection } from "next/server";
import { StyleNonce } from "@/components/ui/StyleNonce";
import { DateFormatProvider } from "@/components/ui/Time";
import { viewerLocale } from "@/lib/format/locale";
import { requestNonce } from "@/lib/security/nonce";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Plaza", template: "%s · Plaza" },
  description: "Plaza: open your own store in minutes.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts must carry this request's CSP
  // nonce, which Next takes from the proxy's Content-Security-Policy request
  // header. A page prerendered at build time would have none and not run
  // (docs/decisions/0009-security-headers.md; lib/security/nonce.ts for <Script>).
  await connection();
  const [nonce, locale] = await Promise.all([requestNonce(), viewerLocale()]);
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased">
        <StyleNonce nonce={nonce} />
        <DateFormatProvider locale={locale}>{children}</DateFormatProvider>
      </body>
    </html>
  );
}
