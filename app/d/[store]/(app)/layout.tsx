import { notFound, redirect } from "next/navigation";
import { StoreStatusPage } from "@/components/storefront/StoreStatusPage";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { DashboardNav } from "@/components/dashboard/DashboardNav";
import { DashboardBanners } from "@/components/dashboard/DashboardBanners";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { SkipLink } from "@/components/ui/SkipLink";
import { Toaster } from "@/components/ui/sonner";
import { QueryProvider } from "@/components/providers/QueryProvider";
import { ReadOnlyProvider } from "@/components/ui/ReadOnly";
import { DateFormatProvider } from "@/components/ui/Time";
import { dashboardAccess } from "@/lib/access/store";
import { href, requestBase } from "@/lib/tenancy/request";
import { rootUrl, storefrontUrl } from "@/lib/tenancy/urls";

/**
 * The store dashboard's frame. Access is decided here from the database on
 * every request, and again by each page and action (a layout is not re-run on
 * every client navigation, so it is never the only check).
 */
export default async function DashboardLayout({ children, params }: { children: React.ReactNode; params: Promise<{ store: string }> }) {
  const { store: slug } = await params;
  const access = await dashboardAccess(slug);
  const base = await requestBase();
  if (access.kind === "no-store") notFound();
  if (access.kind === "store-closed") return <StoreStatusPage store={{ name: access.store.name, status: access.store.status as "pending" }} />;
  if (access.kind === "signed-out") redirect(href(base, "/login"));
  if (access.kind === "denied") return <AccessDenied access={access} joinUrl={rootUrl(`/signup/${access.store.slug}`)} />;

  // Every time in the dashboard is shown in the store's zone (its setting).
  return (
    <DateFormatProvider timeZone={access.store.timeZone}>
    <div className="min-h-screen">
      <SkipLink />
      <DashboardBanners readOnly={access.readOnly} support={access.support} />
      <header className="border-b border-zinc-200 bg-white">
        {/* Two rows: who and where on top, the sections under it, so a full menu never pushes the account onto a line of its own. */}
        <div className="mx-auto max-w-6xl px-6 pt-3">
          <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
            <a href={href(base, "/")} className="text-lg font-bold">
              {access.store.name} <span className="text-sm font-normal text-zinc-500">dashboard</span>
            </a>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-600">
              <a className="underline" href={storefrontUrl(access.store.slug)}>View store</a>
              <span>
                {access.user.email} · {access.support ? "support (admin)" : access.role}
              </span>
              <SignOutButton to={href(base, "/login")} />
            </div>
          </div>
          <div className="py-2">
            <DashboardNav base={base} role={access.role} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-6 py-8 focus:outline-none">
        {/* A suspended store's controls are disabled with the reason (decision 0021). */}
        <ReadOnlyProvider reason={access.readOnly ? "Read-only while the store is suspended" : null}>
          <QueryProvider>{children}</QueryProvider>
        </ReadOnlyProvider>
      </main>
      {/* Toasts belong to the dashboard and console (copy buttons), not to every storefront page's payload. */}
      <Toaster />
    </div>
    </DateFormatProvider>
  );
}
