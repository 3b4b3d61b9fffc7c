import Link from "next/link";
import type { StorefrontProduct } from "@/lib/catalog/storefront";
import { ProductImage } from "./ProductImage";

/** One product in the catalog grid; the whole card links to the product page. */
export function ProductCard({ product, url, price, image }: { product: StorefrontProduct; url: string; price: string; image: string | null }) {
  return (
    <li className="group relative flex flex-col rounded-lg border border-zinc-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-(--store-primary) hover:shadow-md">
      <ProductImage src={image} title={product.title} />
      <h2 className="mt-4 text-lg font-semibold">
        <Link href={url} className="outline-none after:absolute after:inset-0">
          {product.title}
        </Link>
      </h2>
      <p className="mt-1 line-clamp-2 flex-1 text-sm text-zinc-600">{product.description}</p>
      <div className="mt-4 flex items-center justify-between">
        <span className="font-semibold">{price}</span>
        {product.stock > 0 ? (
          <span className="text-sm text-zinc-500">{product.stock <= 5 ? `Only ${product.stock} left` : "In stock"}</span>
        ) : (
          <span className="rounded bg-zinc-100 px-2 py-0.5 text-sm font-medium text-zinc-700">Out of stock</span>
        )}
      </div>
    </li>
  );
}
