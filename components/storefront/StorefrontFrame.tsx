import Link from "next/link";
import { SkipLink } from "@/components/ui/SkipLink";
import { DateFormatProvider } from "@/components/ui/Time";
import { href } from "@/lib/tenancy/request";

/**
 * Everything a storefront page sits in: the store's header (name, logo,
 * tagline, account and cart), the skip link's target, the footer, and the
 * store's time zone for every date below. Only what it is given: the layout
 * (app/s/[store]/layout.tsx) decides the store, its theme and the cart; the
 * bench renders the same frame from memory (bench/plaza-route/shell.tsx).
 */
export function StorefrontFrame({
  name,
  timeZone,
  base,
  primary,
  logo,
  tagline,
  itemCount,
  children,
}: {
  name: string;
  timeZone: string;
  /** The request's URL prefix (lib/tenancy/request.ts). */
  base: string;
  primary: string;
  logo: string | null;
  tagline: string | null | undefined;
  itemCount: number;
  children: React.ReactNode;
}) {
  return (
    // Customers see the store's times in the store's zone, as its staff do.
    <DateFormatProvider timeZone={timeZone}>
      <div style={{ "--store-primary": primary } as React.CSSProperties} className="flex min-h-screen flex-col">
        <SkipLink />
        <header className="border-b border-zinc-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
            <Link href={href(base, "/")} className="flex items-center gap-3 rounded">
              {/* eslint-disable-next-line @next/next/no-img-element -- the store's own upload, served as-is */}
              {logo ? <img src={logo} alt="" className="h-10 w-10 rounded object-contain" /> : null}
              <span className="flex flex-col">
                <span className="text-xl font-bold" style={{ color: primary }}>
                  {name}
                </span>
                {tagline ? <span className="text-sm text-zinc-600">{tagline}</span> : null}
              </span>
            </Link>
            <nav aria-label="Shop" className="flex items-center gap-2">
              <Link href={href(base, "/account")} className="rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-50">
                Account
              </Link>
              <Link
                href={href(base, "/cart")}
                className="inline-flex items-center gap-2 rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-50"
                aria-label={`Cart, ${itemCount} ${itemCount === 1 ? "item" : "items"}`}
              >
                <span aria-hidden="true">Cart</span>
                <span aria-hidden="true" className="min-w-6 rounded-full bg-(--store-primary) px-2 py-0.5 text-center text-xs font-semibold text-white" data-testid="cart-count">
                  {itemCount}
                </span>
              </Link>
            </nav>
          </div>
        </header>
        <div id="main" tabIndex={-1} className="flex-1 focus:outline-none">{children}</div>
        <footer className="border-t border-zinc-200 bg-white py-6 text-center text-sm text-zinc-700">
          {name} · powered by Plaza
        </footer>
      </div>
    </DateFormatProvider>
  );
}
