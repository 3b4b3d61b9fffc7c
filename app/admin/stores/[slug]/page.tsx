import { Time } from "@/components/ui/Time";
import { formatDate } from "@/lib/format/dates";
import { viewerLocale } from "@/lib/format/locale";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { listHistory } from "@/lib/audit/history";
import { findStore, storeActivity, storeMembers, storeOrderCount } from "@/lib/console/stores";
import { listDomains } from "@/lib/domains/domains";
import { PLANS, usageLabel } from "@/lib/plans/plans";
import { storeUsage } from "@/lib/plans/change";
import { href, requestBase } from "@/lib/tenancy/request";
import { storefrontUrl } from "@/lib/tenancy/urls";
import { AuditHistory } from "@/components/audit/AuditHistory";
import { ActivityChart } from "@/components/console/ActivityChart";
import { StatusBadge } from "@/components/console/StatusBadge";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { LifecycleForms } from "./LifecycleForms";
import { PlanChange } from "./PlanChange";
import { SupportAccess } from "./SupportAccess";
import { ImportForm } from "./ImportForm";
import { PlacementPanel } from "./PlacementPanel";
import { moveStatus, placementView } from "@/lib/console/placement";
import { StoreWebhooksOverview } from "@/components/webhooks/StoreWebhooksOverview";
import { listDeliveries, listEndpoints } from "@/lib/webhooks/endpoints";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: (await params).slug };
}

const MB = 1024 * 1024;

const MEMBER_COLUMNS: DataColumn[] = [
  { id: "member", header: "Member", sortable: true },
  { id: "role", header: "Role", sortable: true },
  { id: "status", header: "Status", sortable: true },
];

const DOMAIN_COLUMNS: DataColumn[] = [
  { id: "domain", header: "Domain", sortable: true },
  { id: "status", header: "Status", sortable: true },
  { id: "verified", header: "Verified", sortable: true },
];

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-zinc-200 bg-white p-6">
      <h2 id={id} className="text-lg font-semibold">{title}</h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function StoreDetailPage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePlatformAdmin();
  const store = await findStore(db(), (await params).slug);
  if (!store) notFound();
  const base = await requestBase();
  const [members, usage, domains, audit, activity, orderCount, placement, move] = await Promise.all([
    storeMembers(db(), store.id),
    storeUsage(db(), store.id),
    listDomains(db(), store.id),
    listHistory(db(), { storeId: store.id, limit: 25 }, { area: "console", base }),
    // A store whose dedicated database is down still gets its page (Placement says why).
    storeActivity(db(), store.id).catch(() => null),
    storeOrderCount(db(), store.id).catch(() => null),
    placementView(db(), store),
    moveStatus(db(), store.id),
  ]);
  const plan = PLANS[store.plan];
  const open = store.status === "active" || store.status === "suspended";
  const purgeOn = store.purgeAfter ? formatDate(store.purgeAfter, { locale: await viewerLocale(), timeZone: "UTC" }) + " UTC" : null;
  const stat = (label: string, value: string | number) => (
    <div className="rounded-md border border-zinc-200 p-4">
      <dt className="text-sm text-zinc-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold">{value}</dd>
    </div>
  );

  return (
    <div className="space-y-6">
      <div>
        <Link href={href(base, "/stores")} className="text-sm text-indigo-700 underline">← All stores</Link>
        <h1 className="mt-2 flex flex-wrap items-center gap-3 text-2xl font-bold">
          {store.name} <span className="font-mono text-base font-normal text-zinc-600">{store.slug}</span>
          <StatusBadge status={store.status} deleting={Boolean(purgeOn)} />
        </h1>
        {store.statusReason ? <p className="mt-1 text-sm text-zinc-700">Reason: {store.statusReason}</p> : null}
        {purgeOn ? <p role="status" className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">Scheduled for deletion: will be purged on {purgeOn}.</p> : null}
        {open ? <p className="mt-1 text-sm"><a className="text-indigo-700 underline" href={storefrontUrl(store.slug)}>View storefront</a></p> : null}
      </div>

      <Section id="usage" title="Usage">
        <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {stat("Plan", plan.name)}
          {stat("Members", usageLabel(usage.members, plan.limits.members, ""))}
          {stat("Products", usageLabel(usage.products, plan.limits.products, ""))}
          {stat("Custom domains", usageLabel(usage.customDomains, plan.limits.customDomains, ""))}
          {stat("Storage", `${(usage.storageBytes / MB).toFixed(1)} / ${(plan.limits.storageBytes / MB).toLocaleString("en-US")} MB`)}
          {stat("Orders", orderCount ?? "unavailable")}
        </dl>
        {activity ? <div className="mt-4"><ActivityChart data={activity} title="Requests and checkouts" /></div> : <p className="mt-4 text-sm text-zinc-700">Activity is unavailable while the store’s database cannot be reached.</p>}
      </Section>

      <Section id="plan" title="Plan">
        <PlanChange slug={store.slug} current={store.plan} />
      </Section>

      <Section id="placement" title="Placement">
        <PlacementPanel slug={store.slug} placement={placement.placement} label={placement.label} problem={placement.problem}
          planOffersDedicated={placement.planOffersDedicated} planName={plan.name} progressUrl={href(base, `/stores/${store.slug}/placement`)} initialMove={move} />
      </Section>

      <Section id="members" title="Members">
        <DataTable
          label="Members"
          columns={MEMBER_COLUMNS}
          empty="No members."
          search={members.length > 10 ? { label: "Search members", placeholder: "Search by name or email" } : undefined}
          facets={members.length > 0 ? [{ id: "status", label: "Status", options: [...new Set(members.map((m) => m.status))].map((v) => ({ value: v, label: v })) }] : []}
          pageSize={25}
          rows={members.map((m) => ({
            id: m.userId,
            search: `${m.name} ${m.email}`,
            facets: { status: m.status },
            sort: { member: m.name.toLowerCase(), role: ROLES.indexOf(m.role), status: m.status },
            cells: {
              member: (
                <>
                  <span className="font-medium">{m.name}</span>
                  <span className="block text-zinc-600">{m.email}</span>
                </>
              ),
              role: ROLE_LABELS[m.role],
              status: m.status,
            },
          }))}
        />
      </Section>

      <Section id="domains" title="Custom domains">
        <DataTable
          label="Custom domains"
          columns={DOMAIN_COLUMNS}
          empty="No custom domains."
          rows={domains.map((d) => ({
            id: d.id,
            sort: { domain: d.domain, status: d.status, verified: d.verifiedAt?.getTime() ?? null },
            cells: {
              domain: <span className="font-mono">{d.domain}</span>,
              status: d.status,
              verified: d.verifiedAt ? <Time value={d.verifiedAt} style="date" /> : "—",
            },
          }))}
        />
      </Section>

      {open ? (
        <Section id="support" title="Support access">
          <SupportAccess slug={store.slug} />
        </Section>
      ) : null}

      <Section id="webhooks" title="Webhooks">
        <StoreWebhooksOverview
          endpoints={await Promise.all((await listEndpoints(db(), store.id)).map(async (endpoint) => ({ endpoint, deliveries: (await listDeliveries(db(), store.id, endpoint.id, { limit: 10 })).deliveries })))}
        />
      </Section>

      <Section id="data" title="Export and import">
        <div className="grid gap-6 sm:grid-cols-2">
          <div className="space-y-2">
            <p className="text-sm text-zinc-600">All of the store’s data as a zip of JSON, one file per table.</p>
            <a href={href(base, `/stores/${store.slug}/export`)} download className="inline-block rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-700 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2">Download export</a>
          </div>
          <ImportForm slug={store.slug} />
        </div>
      </Section>

      <Section id="lifecycle" title="Suspend, reactivate, delete">
        <LifecycleForms slug={store.slug} name={store.name} status={store.status} purgeAfter={purgeOn} />
      </Section>

      <Section id="audit" title="Audit trail">
        <AuditHistory entries={audit} label="Store audit trail" />
        <p className="mt-3 text-sm"><Link className="text-indigo-700 underline" href={`${href(base, "/audit")}?store=${store.slug}`}>All of this store&apos;s history</Link></p>
      </Section>
    </div>
  );
}
