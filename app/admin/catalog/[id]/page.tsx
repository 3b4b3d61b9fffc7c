import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getMasterProduct } from "@/lib/catalog/master";
import { href, requestBase } from "@/lib/tenancy/request";
import { requirePlatformAdmin } from "@/lib/access/platform";
import { MasterProductForm } from "../MasterProductForm";

export const metadata: Metadata = { title: "Edit a catalog product" };

export default async function EditMasterProductPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePlatformAdmin();
  const product = await getMasterProduct(db(), (await params).id);
  if (!product) notFound();
  const base = await requestBase();
  return (
    <div className="space-y-6">
      <Link className="text-sm text-indigo-700 underline" href={href(base, "/catalog")}>← Master catalog</Link>
      <h1 className="text-2xl font-bold">Edit “{product.title}”</h1>
      <p className="text-sm text-zinc-600">Changes apply to the catalog only: stores that opted in keep their own copy.</p>
      <MasterProductForm
        listHref={href(base, "/catalog")}
        product={{
          id: product.id,
          title: product.title,
          handle: product.handle,
          description: product.description,
          suggestedPrice: (product.suggestedPriceCents / 100).toFixed(2),
          imageUrl: product.imagePath ? href(base, `/catalog/images/${product.imagePath}`) : null,
        }}
      />
    </div>
  );
}
