import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductImage } from "@/components/storefront/ProductImage";
import { findProductByHandle } from "@/lib/catalog/storefront";
import { imageUrl, moneyFormatter } from "@/lib/commerce/shop";
import { MAX_LINE_QUANTITY } from "@/lib/commerce/validation";
import { db } from "@/lib/db/client";
import { loadStorefront } from "@/lib/stores/storefront";
import { href, requestBase } from "@/lib/tenancy/request";
import { addToCartAction } from "./actions";
import { AddToCartForm } from "./AddToCartForm";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ store: string; handle: string }> };

/** A malformed escape in the URL (%E0%A4) is just an unknown product, not a 500. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return "";
  }
}

async function load(params: Props["params"]) {
  const { store: slug, handle } = await params;
  const { store, open } = await loadStorefront(slug);
  if (!open) return null;
  const product = await findProductByHandle(db(), store.id, safeDecode(handle));
  if (!product) notFound();
  return { store, product, slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  return loaded ? { title: { absolute: `${loaded.product.title} · ${loaded.store.name}` } } : {};
}

export default async function ProductPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return null; // the layout shows the status page
  const { store, product, slug } = loaded;
  const base = await requestBase();
  const inStock = product.stock > 0;

  return (
    <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600">
        <Link href={href(base, "/")} className="underline underline-offset-2 hover:text-zinc-900">
          Catalog
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{product.title}</span>
      </nav>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <ProductImage src={imageUrl(base, product.imagePath)} title={product.title} className="max-w-md" />
        <div>
          <h1 className="text-3xl font-bold">{product.title}</h1>
          <p className="mt-3 text-2xl font-semibold">{moneyFormatter(store)(product.priceCents)}</p>
          <p className="mt-2 text-sm" data-testid="stock">
            {inStock ? (
              <span className="text-zinc-600">{product.stock <= 5 ? `Only ${product.stock} left in stock` : "In stock"}</span>
            ) : (
              <span className="rounded bg-zinc-100 px-2 py-0.5 font-medium text-zinc-700">Out of stock</span>
            )}
          </p>
          {product.description ? <p className="mt-6 whitespace-pre-line text-zinc-700">{product.description}</p> : null}
          {inStock ? (
            <AddToCartForm
              action={addToCartAction.bind(null, slug)}
              productId={product.id}
              maxQuantity={Math.min(product.stock, MAX_LINE_QUANTITY)}
              cartUrl={href(base, "/cart")}
            />
          ) : (
            <p className="mt-6 text-zinc-600">This product is sold out. Check back soon.</p>
          )}
        </div>
      </div>
    </main>
  );
}
