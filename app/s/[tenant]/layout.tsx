import Link from "next/link";
import { StoreStatusPage } from "@/components/storefront/StoreStatusPage";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";

export default async function StorefrontLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant } = await params;
  const { store, open } = await loadStorefront(tenant);
  if (!open) return <StoreStatusPage store={store} />;
  const base = await requestBase();
  const primary = store.theme.primaryColor ?? "#4f46e5";

  return (
    <div style={{ "--store-primary": primary } as React.CSSProperties} className="flex min-h-screen flex-col">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 py-4">
          <Link href={href(base, "/")} className="flex flex-col">
            <span className="text-xl font-bold" style={{ color: primary }}>
              {store.name}
            </span>
            {store.theme.tagline ? <span className="text-sm text-zinc-600">{store.theme.tagline}</span> : null}
          </Link>
        </div>
      </header>
      <div className="flex-1">{children}</div>
      <footer className="border-t border-zinc-200 bg-white py-6 text-center text-sm text-zinc-500">
        {store.name} · powered by Plaza
      </footer>
    </div>
  );
}
