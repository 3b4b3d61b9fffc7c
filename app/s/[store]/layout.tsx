import { StorefrontFrame } from "@/components/storefront/StorefrontFrame";
import { StoreStatusPage } from "@/components/storefront/StoreStatusPage";
import { cartItemCount } from "@/lib/commerce/cart";
import { readCartId } from "@/lib/commerce/cookies";
import { imageUrl } from "@/lib/commerce/shop";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { DEFAULT_PRIMARY, effectiveTheme } from "@/lib/stores/theme";
import { requestBase } from "@/lib/tenancy/request";
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
    <StorefrontFrame name={store.name} timeZone={store.timeZone} base={base} primary={primary} logo={logo} tagline={theme.tagline} itemCount={itemCount}>
      {children}
    </StorefrontFrame>
  );
}
