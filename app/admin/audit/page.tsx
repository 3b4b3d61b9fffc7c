import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { findStore } from "@/lib/console/stores";
import { parseHistoryQuery } from "@/lib/audit/describe";
import { listHistory, listHistoryActors } from "@/lib/audit/history";
import { href, requestBase } from "@/lib/tenancy/request";
import { AuditFilters, AuditHistory, HistoryPager } from "@/components/audit/AuditHistory";
import { requirePlatformAdmin } from "@/lib/access/platform";

export const metadata: Metadata = { title: "Audit log" };
const PAGE_SIZE = 50;

const storeParam = z.string().trim().toLowerCase().max(50).regex(/^[a-z0-9-]*$/).catch("");

/** Every audit entry across stores, in words, filterable by store, actor, kind and date. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePlatformAdmin();
  const params = await searchParams;
  const q = parseHistoryQuery(params);
  const storeSlug = storeParam.parse(params.store ?? "");
  const base = await requestBase();
  const store = storeSlug ? await findStore(db(), storeSlug) : null;
  const [entries, actors] = await Promise.all([
    storeSlug && !store
      ? Promise.resolve([])
      : listHistory(db(), { storeId: store?.id, actorId: q.actor, kinds: q.kind ? [q.kind] : undefined, from: q.from, to: q.to, limit: PAGE_SIZE + 1, offset: (q.page - 1) * PAGE_SIZE }, { area: "console", base }),
    listHistoryActors(db(), store?.id),
  ]);
  const action = href(base, "/audit");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <AuditFilters
        action={action}
        query={q}
        actors={actors}
        extra={
          <div>
            <label htmlFor="f-store" className="block text-sm font-medium">Store (address)</label>
            <input id="f-store" name="store" defaultValue={storeSlug} className="mt-1 block rounded-md border border-zinc-400 px-3 py-2 text-sm" />
          </div>
        }
      />
      <AuditHistory entries={entries.slice(0, PAGE_SIZE)} label="Audit log" showStore empty={storeSlug && !store ? "No store has this address." : "No entries match."} />
      <HistoryPager action={action} query={q} hasMore={entries.length > PAGE_SIZE} extra={storeSlug ? { store: storeSlug } : {}} />
    </div>
  );
}
