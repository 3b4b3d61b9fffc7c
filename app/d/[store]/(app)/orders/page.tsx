import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/access/edges";
import { href, requestBase } from "@/lib/tenancy/request";
import { OrderList } from "./OrderList";

export const metadata: Metadata = { title: "Orders" };

/** Members who may read orders (owner, admin, orders, staff); a catalog member gets a 404. */
export default async function OrdersPage({ params }: { params: Promise<{ store: string }> }) {
  const { store, role } = await requireMember((await params).store, "orders:read");
  const base = await requestBase();
  return (
    <section aria-labelledby="orders-heading" className="space-y-6">
      <div>
        <h1 id="orders-heading" className="text-2xl font-bold">Orders</h1>
        <p className="mt-1 text-zinc-600">Newest first. Order, payment and fulfillment are separate statuses.</p>
      </div>
      <OrderList slug={store.slug} dataUrl={href(base, "/data/orders")} ordersHref={href(base, "/orders")} canWrite={can(role, "orders:write")} />
    </section>
  );
}
