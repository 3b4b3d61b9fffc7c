import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { platformOverview, STORE_STATUSES } from "@/lib/console/stores";
import { ActivityChart } from "@/components/console/ActivityChart";
import { requirePlatformAdmin } from "@/lib/access/platform";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  await requirePlatformAdmin();
  const o = await platformOverview(db());
  const stat = (label: string, value: number) => (
    <div key={label} className="rounded-lg border border-zinc-200 bg-white p-5">
      <dt className="text-sm capitalize text-zinc-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{value.toLocaleString("en-US")}</dd>
    </div>
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Platform overview</h1>
        <p className="mt-1 text-zinc-600">Stores, members and orders across Plaza, and the last 24 hours of traffic (counts are flushed every 10 s).</p>
      </div>
      <section aria-labelledby="totals">
        <h2 id="totals" className="sr-only">Totals</h2>
        <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
          {STORE_STATUSES.map((s) => stat(`${s} stores`, o.statusCounts[s] ?? 0))}
          {stat("members", o.members)}
          {stat("orders", o.orders)}
        </dl>
      </section>
      <ActivityChart data={o.activity} title="Requests and checkouts, all stores" />
    </div>
  );
}
