import Link from "next/link";
import { SkipLink } from "@/components/ui/SkipLink";
import { DateFormatProvider } from "@/components/ui/Time";
import { StoreStatusPage } from "@/components/storefront/StoreStatusPage";
import { cartItemCount } from "@/lib/commerce/cart";
import { readCartId } from "@/lib/commerce/cookies";
import { imageUrl } from "@/lib/commerce/shop";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { DEFAULT_PRIMARY, effectiveTheme } from "@/lib/stores/theme";
import { href, requestBase } from "@/lib/tenancy/request";
import { countRequest } from "@/lib/usage/counters";

export default async function StorefrontLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ store: string }>;
}) {
  const { store: slug } = await params;
  const { store, open } = await loadStorefront(slug);
  if (!open) return <StoreStatusPage store={store} />;
  // One page view of an open store (in memory, flushed every 10 s; lib/usage/counters.ts).
  countRequest(store.id);
  const base = await requestBase();
  // A plan without theme customisation shows the default theme (the saved one is kept).
  const theme = effectiveTheme(store);
  const logo = imageUrl(base, theme.logoPath);
  const primary = theme.primaryColor ?? DEFAULT_PRIMARY;
  const itemCount = await cartItemCount(db(), store.id, await readCartId());

  return (
    // Customers see the store's times in the store's zone, as its staff do.
    <DateFormatProvider timeZone={store.timeZone}>
      <div style={{ "--store-primary": primary } as React.CSSProperties} className="flex min-h-screen flex-col">
        <SkipLink />
        <header className="border-b border-zinc-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
            <Link href={href(base, "/")} className="flex items-center gap-3 rounded">
              {/* eslint-disable-next-line @next/next/no-img-element -- the store's own upload, served as-is */}
              {logo ? <img src={logo} alt="" className="h-10 w-10 rounded object-contain" /> : null}
              <span className="flex flex-col">
                <span className="text-xl font-bold" style={{ color: primary }}>
                  {store.name}
                </span>
                {theme.tagline ? <span className="text-sm text-zinc-600">{theme.tagline}</span> : null}
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
          {store.name} · powered by Plaza
        </footer>
      </div>
    </DateFormatProvider>
  );
}
