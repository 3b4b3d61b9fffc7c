import type { Metadata } from "next";
import Link from "next/link";
import { Circle, CircleCheck } from "lucide-react";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { LOW_STOCK, lowStockProducts, productUsage } from "@/lib/catalog/products";
import { setupChecklist, type SetupChecklist } from "@/lib/dashboard/onboarding";
import { requireMember } from "@/lib/access/edges";
import { todaysSales } from "@/lib/dashboard/overview";
import { formatMoney } from "@/lib/money";
import { countMembers } from "@/lib/stores/members";
import { href, requestBase } from "@/lib/tenancy/request";
import { storefrontUrl } from "@/lib/tenancy/urls";
import { DataTable, type DataColumn } from "@/components/ui/DataTable";

export const metadata: Metadata = { title: "Dashboard" };

const LOW_STOCK_COLUMNS: DataColumn[] = [
  { id: "product", header: "Product", sortable: true },
  { id: "stock", header: "In stock", sortable: true, align: "right" },
];

function Stat({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white p-5">
      <dt className="text-sm text-zinc-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{value}</dd>
      {hint ? <dd className="mt-1 text-xs text-zinc-500">{hint}</dd> : null}
    </div>
  );
}

/** The new store's first steps; gone once every one is done. */
function Checklist({ list, base }: { list: SetupChecklist; base: string }) {
  return (
    <section aria-labelledby="setup-heading" className="rounded-lg border border-indigo-200 bg-indigo-50 p-6">
      <h2 id="setup-heading" className="text-xl font-semibold">Set up your store</h2>
      <p className="mt-1 text-sm text-zinc-800">
        {list.done} of {list.steps.length} done. This list goes away when every step is done.
      </p>
      <ol className="mt-4 space-y-3" aria-label="Setup steps">
        {list.steps.map((step) => (
          <li key={step.key} className="flex items-start gap-3">
            {step.done ? (
              <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-green-700" />
            ) : (
              <Circle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-zinc-500" />
            )}
            <div>
              {step.done ? (
                <span className="font-medium text-zinc-700 line-through">{step.label}</span>
              ) : (
                <Link className="font-medium text-indigo-800 underline" href={href(base, step.path)}>{step.label}</Link>
              )}
              <span className="sr-only">{step.done ? " (done)" : " (to do)"}</span>
              <p className="text-sm text-zinc-700">{step.hint}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

export default async function DashboardHome({ params }: { params: Promise<{ store: string }> }) {
  const { store, role } = await requireMember((await params).store, "overview:read");
  const base = await requestBase();
  const seesOrders = can(role, "orders:read");
  const [sales, lowStock, counts, usage, checklist] = await Promise.all([
    seesOrders ? todaysSales(db(), store.id, store.timeZone) : Promise.resolve(null),
    lowStockProducts(db(), store.id),
    can(role, "members:read") ? countMembers(db(), store.id) : Promise.resolve(null),
    productUsage(db(), store.id),
    // Setting the store up is the owner's job: owners see the checklist.
    can(role, "settings:write") ? setupChecklist(db(), store.id) : Promise.resolve(null),
  ]);
  const productsLink = can(role, "products:read");

  return (
    <div className="space-y-8">
      <section aria-labelledby="overview-heading">
        <h1 id="overview-heading" className="text-2xl font-bold">Welcome to {store.name}</h1>
        <p className="mt-1 text-zinc-600">You are signed in as {role}.</p>
        <dl className="mt-6 grid gap-4 sm:grid-cols-3">
          {sales ? <Stat label="Orders today" value={sales.orders} hint={`Since midnight (${store.timeZone}), cancelled orders excluded`} /> : null}
          {sales ? <Stat label="Revenue today" value={formatMoney(sales.revenueCents, sales.currency)} /> : null}
          <Stat label="Low-stock products" value={lowStock.length} hint={`Active products with ${LOW_STOCK} or fewer in stock`} />
          {counts ? <Stat label="Pending join requests" value={counts.pending} /> : null}
        </dl>
      </section>

      {checklist && !checklist.complete ? <Checklist list={checklist} base={base} /> : null}

      <section aria-labelledby="low-stock-heading">
        <h2 id="low-stock-heading" className="text-xl font-semibold">Low stock</h2>
        {usage.used === 0 ? (
          <p className="mt-2 text-zinc-700">
            No products yet, so nothing can run low.{" "}
            {can(role, "products:write") ? <Link className="text-indigo-700 underline" href={href(base, "/products/new")}>Add your first product</Link> : "The store's owners add products."}
          </p>
        ) : lowStock.length === 0 ? (
          <p className="mt-2 text-zinc-700">Every active product has more than {LOW_STOCK} in stock.</p>
        ) : (
          <div className="mt-3">
            <DataTable
              label="Low-stock products"
              columns={LOW_STOCK_COLUMNS}
              defaultSort={{ id: "stock" }}
              rows={lowStock.map((p) => ({
                id: p.id,
                sort: { product: p.title.toLowerCase(), stock: p.stock },
                cells: {
                  product: productsLink ? (
                    <Link className="font-medium text-indigo-700 underline" href={href(base, `/products/${p.id}`)}>{p.title}</Link>
                  ) : (
                    <span className="font-medium">{p.title}</span>
                  ),
                  stock: <span className={p.stock === 0 ? "font-semibold text-red-700" : "text-amber-800"}>{p.stock === 0 ? "Out of stock" : `${p.stock} left`}</span>,
                },
              }))}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="links-heading">
        <h2 id="links-heading" className="sr-only">Shortcuts</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-indigo-700">
          <li><a className="underline" href={storefrontUrl(store.slug)}>Open the storefront</a></li>
          {can(role, "products:write") ? <li><Link className="underline" href={href(base, "/products/new")}>Add a product</Link></li> : null}
          {seesOrders ? <li><Link className="underline" href={href(base, "/orders")}>Review orders</Link></li> : null}
          {can(role, "members:read") ? <li><Link className="underline" href={href(base, "/members")}>Review members and join requests</Link></li> : null}
        </ul>
      </section>
    </div>
  );
}
