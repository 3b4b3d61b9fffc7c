import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { dashboardAccess } from "@/lib/stores/dashboard";
import { countMembers } from "@/lib/stores/members";
import { href, requestBase } from "@/lib/tenancy/request";
import { storefrontUrl } from "@/lib/tenancy/urls";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardHome({ params }: { params: Promise<{ tenant: string }> }) {
  const access = await dashboardAccess((await params).tenant);
  if (access.kind !== "member") notFound();
  const base = await requestBase();
  const counts = await countMembers(db(), access.store.id);
  const stat = (label: string, value: string | number) => (
    <div className="rounded-lg border border-zinc-200 bg-white p-5">
      <dt className="text-sm text-zinc-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby="overview-heading">
      <h1 id="overview-heading" className="text-2xl font-bold">
        Welcome to {access.store.name}
      </h1>
      <p className="mt-1 text-zinc-600">You are signed in as {access.role}.</p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {stat("Store status", access.store.status)}
        {stat("Members", counts.approved)}
        {stat("Pending join requests", counts.pending)}
      </dl>
      <ul className="mt-6 space-y-2 text-indigo-700">
        <li>
          <a className="underline" href={storefrontUrl(access.store.slug)}>Open the storefront</a>
        </li>
        {can(access.role, "members:read") ? (
          <li>
            <Link className="underline" href={href(base, "/members")}>Review members and join requests</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
