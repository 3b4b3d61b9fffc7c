import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { AUDIT_KIND_KEYS, parseHistoryQuery } from "@/lib/audit/describe";
import { listHistory, listHistoryActors } from "@/lib/audit/history";
import { requireMember } from "@/lib/access/edges";
import { href, requestBase } from "@/lib/tenancy/request";
import { AuditFilters, AuditHistory, HistoryPager } from "@/components/audit/AuditHistory";

export const metadata: Metadata = { title: "Activity" };
const PAGE_SIZE = 50;
// What a store's own log can hold: applications and the master catalog are console matters.
const STORE_KINDS = AUDIT_KIND_KEYS.filter((k) => k !== "catalog");

/** The store's audit log in words; owners and admins (audit:read), others get a 404. */
export default async function ActivityPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const access = await requireMember((await params).store, "audit:read");
  const { store } = access;
  const q = parseHistoryQuery(await searchParams);
  const base = await requestBase();
  const [entries, actors] = await Promise.all([
    listHistory(db(), { storeId: store.id, actorId: q.actor, kinds: q.kind ? [q.kind] : undefined, from: q.from, to: q.to, limit: PAGE_SIZE + 1, offset: (q.page - 1) * PAGE_SIZE }, { area: "store", base }),
    listHistoryActors(db(), store.id),
  ]);
  const action = href(base, "/activity");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Activity</h1>
        <p className="mt-1 text-zinc-600">Everything that changed in {store.name}, newest first: who did it and to what.</p>
      </div>
      <AuditFilters action={action} query={q} actors={actors} kinds={STORE_KINDS} />
      <AuditHistory entries={entries.slice(0, PAGE_SIZE)} label="Store activity" empty={q.actor || q.kind || q.from || q.to ? "Nothing matches this filter." : "Nothing has happened here yet: changes to products, members and settings will appear here, with who made them."} />
      <HistoryPager action={action} query={q} hasMore={entries.length > PAGE_SIZE} />
    </div>
  );
}
