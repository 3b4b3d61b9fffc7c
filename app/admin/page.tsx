import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { listStoreApplications } from "@/lib/stores/applications";
import { href, requestBase } from "@/lib/tenancy/request";
import { FilterPills } from "@/components/ui/FilterPills";
import { Pager } from "@/components/ui/Pager";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { ApplicationsForm } from "./ApplicationsForm";
import { EmptyState } from "@/components/ui/EmptyState";

export const metadata: Metadata = { title: "Store applications" };

const PAGE_SIZE = 20;
const STATUSES = ["pending", "active", "rejected", "suspended", "all"] as const;
const query = z.object({
  status: z.enum(STATUSES).catch("pending"),
  sort: z.enum(["newest", "oldest"]).catch("newest"),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePlatformAdmin();
  const { status, sort, q, page } = query.parse(await searchParams);
  const base = await requestBase();
  const { total, rows } = await listStoreApplications(db(), { status: status === "all" ? undefined : status, sort, q: q || undefined, page, pageSize: PAGE_SIZE });
  const link = (s: string, p = 1) => {
    const params = new URLSearchParams({ status: s, ...(sort !== "newest" ? { sort } : {}), ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) });
    return `${href(base, "/")}?${params}`;
  };
  const detailHref = Object.fromEntries(rows.map((r) => [r.id, href(base, `/applications/${r.id}`)]));
  const input = "mt-1 block rounded-md border border-zinc-400 bg-white px-3 py-2 text-sm";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Store applications</h1>
        <p className="mt-1 text-zinc-700">Approve to open a store and its owner&apos;s access; reject with a reason the applicant will see.</p>
      </div>
      <FilterPills label="Filter by status" items={STATUSES.map((s) => ({ key: s, label: s, href: link(s), current: s === status }))} />
      <form method="get" action={href(base, "/")} className="flex flex-wrap items-end gap-3" aria-label="Search applications">
        <input type="hidden" name="status" value={status} />
        <div>
          <label htmlFor="apps-q" className="block text-sm font-medium">Search</label>
          <input id="apps-q" name="q" defaultValue={q} placeholder="Store, address or email" className={input} />
        </div>
        <div>
          <label htmlFor="apps-sort" className="block text-sm font-medium">Sort</label>
          <select id="apps-sort" name="sort" defaultValue={sort} className={input}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-semibold text-white">Apply</button>
      </form>
      {rows.length === 0 ? (
        <EmptyState>{q ? "No applications match this search." : status === "pending" ? "No applications are waiting: the queue is clear." : "No applications with this status."}</EmptyState>
      ) : (
        <ApplicationsForm applications={rows} detailHref={detailHref} />
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => link(status, p)} />
    </div>
  );
}
