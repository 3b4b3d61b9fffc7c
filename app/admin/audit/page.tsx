import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { findStore } from "@/lib/console/stores";
import { listAudit } from "@/lib/audit/log";
import { href, requestBase } from "@/lib/tenancy/request";
import { AuditTable } from "@/components/audit/AuditTable";
import { requirePlatformAdmin } from "../guard";

export const metadata: Metadata = { title: "Audit log" };
const PAGE_SIZE = 50;

const query = z.object({
  store: z.string().trim().toLowerCase().max(50).catch(""),
  action: z.string().trim().max(60).regex(/^[a-z_.]*$/).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
});

/** Every audit entry across stores, filterable by store slug and action. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePlatformAdmin();
  const q = query.parse(await searchParams);
  const base = await requestBase();
  const store = q.store ? await findStore(db(), q.store) : null;
  const entries =
    q.store && !store ? [] : await listAudit(db(), { storeId: store?.id, action: q.action || undefined, limit: PAGE_SIZE, offset: (q.page - 1) * PAGE_SIZE });
  const params = (p: number) => new URLSearchParams({ ...(q.store ? { store: q.store } : {}), ...(q.action ? { action: q.action } : {}), page: String(p) }).toString();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form method="get" action={href(base, "/audit")} className="flex flex-wrap items-end gap-3" aria-label="Filter audit log">
        <div>
          <label htmlFor="f-store" className="block text-sm font-medium">Store (slug)</label>
          <input id="f-store" name="store" defaultValue={q.store} className="mt-1 rounded-md border border-zinc-300 px-3 py-2 text-sm" />
        </div>
        <div>
          <label htmlFor="f-action" className="block text-sm font-medium">Action</label>
          <input id="f-action" name="action" defaultValue={q.action} placeholder="join_request.approved" className="mt-1 rounded-md border border-zinc-300 px-3 py-2 text-sm" />
        </div>
        <button type="submit" className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-semibold text-white">Filter</button>
      </form>
      <AuditTable entries={entries} showStore />
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {q.page > 1 ? <a className="text-indigo-700 underline" href={`${href(base, "/audit")}?${params(q.page - 1)}`}>← Newer</a> : null}
        {entries.length === PAGE_SIZE ? <a className="text-indigo-700 underline" href={`${href(base, "/audit")}?${params(q.page + 1)}`}>Older →</a> : null}
      </nav>
    </div>
  );
}
