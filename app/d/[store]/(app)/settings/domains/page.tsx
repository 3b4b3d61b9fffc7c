import type { Metadata } from "next";
import { QueryProvider } from "@/components/providers/QueryProvider";
import { cnameTarget } from "@/lib/domains/resolver";
import { requireSettingsReader } from "@/lib/stores/settings-access";
import { DomainsPanel } from "./DomainsPanel";
import { domainViews } from "./views";

export const metadata: Metadata = { title: "Custom domains" };

export default async function DomainsPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, plan, canWrite } = await requireSettingsReader((await params).store);
  const domains = await domainViews(store.id);

  return (
    <div>
      <h2 className="text-xl font-bold">Custom domains</h2>
      <p className="mb-6 mt-1 max-w-3xl text-zinc-600">
        Serve {store.name}’s storefront on a domain you own. Plaza checks that you control the domain through a TXT record, then serves the store there.
        {canWrite ? null : " Only owners can add or remove domains."}
      </p>
      <QueryProvider>
        <DomainsPanel slug={store.slug} initial={domains} canWrite={canWrite} limit={plan.limits.customDomains} feature={plan.features.customDomain} planName={plan.name} />
      </QueryProvider>

      <section aria-labelledby="www-heading" className="mt-10 max-w-3xl rounded-lg bg-zinc-100 p-5 text-sm text-zinc-700">
        <h2 id="www-heading" className="mb-2 text-base font-semibold text-zinc-900">www or apex?</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            A subdomain such as <code>shop.example.com</code> or <code>www.example.com</code> points to Plaza with a CNAME record whose target is <code>{cnameTarget()}</code>.
          </li>
          <li>
            An apex domain (<code>example.com</code>) cannot hold a CNAME. Use your DNS provider’s ALIAS or ANAME record with the same target (some providers call it “CNAME flattening”).
          </li>
          <li>
            Connect the apex, and <code>www.example.com</code> redirects to it automatically. Add <code>www.</code> as its own domain only if you want customers to stay on it.
          </li>
        </ul>
      </section>
    </div>
  );
}
