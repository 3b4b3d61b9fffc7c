import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { requireMember } from "@/lib/access/edges";
import { storeCurrency } from "@/lib/dashboard/overview";
import { href, requestBase } from "@/lib/tenancy/request";
import { ProductForm } from "../ProductForm";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await requireMember((await params).store, "products:write");
  const base = await requestBase();
  const currency = await storeCurrency(db(), store.id);
  return (
    <section aria-labelledby="new-product-heading" className="space-y-6">
      <div>
        <Link href={href(base, "/products")} className="text-sm text-indigo-700 underline">← Products</Link>
        <h1 id="new-product-heading" className="mt-2 text-2xl font-bold">New product</h1>
        <p className="mt-1 text-zinc-600">Add the image after creating the product.</p>
      </div>
      <ProductForm slug={store.slug} productsHref={href(base, "/products")} currency={currency} />
    </section>
  );
}
