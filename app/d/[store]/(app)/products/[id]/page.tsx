import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { can } from "@/lib/auth/permissions";
import { getProduct } from "@/lib/catalog/products";
import { requireMember } from "@/lib/access/edges";
import { storeCurrency } from "@/lib/dashboard/overview";
import { formatMoney } from "@/lib/money";
import { href, requestBase } from "@/lib/tenancy/request";
import { storefrontUrl } from "@/lib/tenancy/urls";
import { StatusBadge } from "@/components/dashboard/StatusBadge";
import { ProductForm } from "../ProductForm";
import { ImageForm } from "../ImageForm";
import { ArchiveForm } from "../ArchiveForm";

export const metadata: Metadata = { title: "Product" };

/** A product of this store (another store's id is a 404): the edit forms for products:write, details for everyone else. */
export default async function ProductPage({ params }: { params: Promise<{ store: string; id: string }> }) {
  const { store: slug, id } = await params;
  const { store, role } = await requireMember(slug, "products:read");
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [product, currency] = await Promise.all([getProduct(db(), store.id, id), storeCurrency(db(), store.id)]);
  if (!product) notFound();
  const base = await requestBase();
  const productsHref = href(base, "/products");
  const imageUrl = product.imagePath ? storefrontUrl(store.slug, `/images/${product.imagePath}`) : null;
  const editable = can(role, "products:write") && product.status !== "archived";
  const price = formatMoney(product.priceCents, currency);

  return (
    <section aria-labelledby="product-heading" className="space-y-6">
      <div>
        <Link href={productsHref} className="text-sm text-indigo-700 underline">← Products</Link>
        <h1 id="product-heading" className="mt-2 flex flex-wrap items-center gap-3 text-2xl font-bold">
          {product.title} <StatusBadge value={product.status} label="Status" />
        </h1>
        {product.status === "active" ? (
          <a className="text-sm text-indigo-700 underline" href={storefrontUrl(store.slug, `/products/${encodeURIComponent(product.handle)}`)}>View in the storefront</a>
        ) : (
          <p className="text-sm text-zinc-500">{product.status === "draft" ? "Draft: not visible in the storefront." : "Archived: not visible in the storefront."}</p>
        )}
      </div>
      {editable ? (
        <>
          <ProductForm
            slug={store.slug}
            productsHref={productsHref}
            currency={currency}
            product={{
              id: product.id,
              title: product.title,
              handle: product.handle,
              description: product.description,
              price: (product.priceCents / 100).toFixed(2),
              stock: product.stock,
              status: product.status === "active" ? "active" : "draft",
            }}
          />
          <ImageForm productId={product.id} currentUrl={imageUrl} title={product.title} />
          <ArchiveForm slug={store.slug} productId={product.id} title={product.title} productsHref={productsHref} />
        </>
      ) : (
        <dl className="grid max-w-2xl gap-4 rounded-lg border border-zinc-200 bg-white p-6 sm:grid-cols-2">
          <div><dt className="text-sm text-zinc-500">Handle</dt><dd>/{product.handle}</dd></div>
          <div><dt className="text-sm text-zinc-500">Price</dt><dd>{price}</dd></div>
          <div><dt className="text-sm text-zinc-500">Stock</dt><dd>{product.stock}</dd></div>
          <div><dt className="text-sm text-zinc-500">Status</dt><dd>{product.status}</dd></div>
          <div className="sm:col-span-2"><dt className="text-sm text-zinc-500">Description</dt><dd className="whitespace-pre-line">{product.description || "—"}</dd></div>
          {imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- store uploads are served as-is, not through the image optimizer
            <img src={imageUrl} alt={product.title} className="h-32 w-32 rounded-md object-cover" />
          ) : null}
        </dl>
      )}
    </section>
  );
}
