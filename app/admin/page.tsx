import type { Metadata } from "next";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { listStoreApplications } from "@/lib/stores/applications";
import { href, requestBase } from "@/lib/tenancy/request";
import { FilterPills } from "@/components/ui/FilterPills";
import { Pager } from "@/components/ui/Pager";
import { requirePlatformAdmin } from "./guard";
import { ApplicationsForm } from "./ApplicationsForm";

export const metadata: Metadata = { title: "Store applications" };

const PAGE_SIZE = 20;
const STATUSES = ["pending", "active", "rejected", "suspended", "all"] as const;
const query = z.object({
  status: z.enum(STATUSES).catch("pending"),
  page: z.coerce.number().int().min(1).catch(1),
});

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePlatformAdmin();
  const { status, page } = query.parse(await searchParams);
  const base = await requestBase();
  const { total, rows } = await listStoreApplications(db(), { status: status === "all" ? undefined : status, page, pageSize: PAGE_SIZE });
  const link = (s: string, p = 1) => `${href(base, "/")}?status=${s}${p > 1 ? `&page=${p}` : ""}`;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Store applications</h1>
        <p className="mt-1 text-zinc-600">Approve to open a store and its owner&apos;s access; reject with a reason the applicant will see.</p>
      </div>
      <FilterPills label="Filter by status" items={STATUSES.map((s) => ({ key: s, label: s, href: link(s), current: s === status }))} />
      {rows.length === 0 ? <p className="text-zinc-600">No applications with this status.</p> : <ApplicationsForm applications={rows} />}
      <Pager page={page} pageSize={PAGE_SIZE} total={total} hrefFor={(p) => link(status, p)} />
    </div>
  );
}
