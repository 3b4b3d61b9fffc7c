import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { PLANS } from "@/lib/plans/plans";
import { requireMember } from "@/lib/access/edges";
import { storeSettings } from "@/lib/stores/settings";
import { storefrontUrl } from "@/lib/tenancy/urls";
import { CURRENCIES, currencyName, DEFAULT_PRIMARY } from "@/lib/stores/theme";
import { timeZones } from "@/lib/format/dates";
import { GeneralForm } from "./GeneralForm";
import { ThemeForm } from "./ThemeForm";

export const metadata: Metadata = { title: "Settings" };

/** Store name, currency and theme. Readable with settings:read; the forms work with settings:write. */
export default async function SettingsPage({ params }: { params: Promise<{ store: string }> }) {
  const access = await requireMember((await params).store, "settings:read");
  const settings = await storeSettings(db(), access.store.id);
  if (!settings) notFound();
  const editable = can(access.role, "settings:write");
  const plan = PLANS[settings.plan];
  const currencies = CURRENCIES.map((code) => ({ code, name: currencyName(code) }));
  const logoUrl = settings.theme.logoPath ? storefrontUrl(access.store.slug, `/images/${settings.theme.logoPath}`) : null;

  return (
    <div className="space-y-10">
      {!editable ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Only the store&apos;s owners can change settings. You can see them.
        </p>
      ) : null}
      <section aria-labelledby="general-heading" className="rounded-lg border border-zinc-200 bg-white p-6">
        <h2 id="general-heading" className="text-lg font-semibold">Store</h2>
        <p className="mt-1 text-sm text-zinc-600">The name customers see, the currency of your prices, and the time zone of your dashboard.</p>
        <GeneralForm name={settings.name} currency={settings.currency} currencies={currencies} timeZone={settings.timeZone} timeZones={timeZones()} disabled={!editable} />
      </section>
      <section aria-labelledby="theme-heading" className="rounded-lg border border-zinc-200 bg-white p-6">
        <h2 id="theme-heading" className="text-lg font-semibold">Theme</h2>
        <p className="mt-1 text-sm text-zinc-700">Logo, colour and tagline of your storefront. The preview follows your changes before you save.</p>
        {!plan.features.themeCustomisation ? (
          <p role="note" className="mt-2 rounded-md bg-zinc-100 px-3 py-2 text-sm text-zinc-800">
            Your logo and colour are part of every plan. The tagline is advanced theming, part of Premium.
          </p>
        ) : null}
        <ThemeForm
          storeName={settings.name}
          tagline={settings.theme.tagline ?? ""}
          primaryColor={settings.theme.primaryColor ?? DEFAULT_PRIMARY}
          logoUrl={logoUrl}
          disabled={!editable || !plan.features.branding}
          advanced={plan.features.themeCustomisation}
        />
      </section>
    </div>
  );
}
