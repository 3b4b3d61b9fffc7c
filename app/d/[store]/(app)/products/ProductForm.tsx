"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { createProductAction, updateProductAction } from "./actions";

export type ProductValues = { id: string; title: string; handle: string; description: string; price: string; stock: number; status: "draft" | "active" };

/** Create or edit a product. Field errors come back from the server's zod schema and show beside each input. */
export function ProductForm({ slug, product, productsHref, currency }: { slug: string; product?: ProductValues; productsHref: string; currency: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(product ? updateProductAction : createProductAction);
  const router = useRouter();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!state.ok) return;
    void queryClient.invalidateQueries({ queryKey: ["store", slug, "products"] });
    const id = (state.data as { id?: string } | undefined)?.id;
    if (!product && id) router.push(`${productsHref}/${id}`);
    else router.refresh();
  }, [state, product, productsHref, router, queryClient, slug]);

  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-4 rounded-lg border border-zinc-200 bg-white p-6" aria-label={product ? "Edit product" : "New product"} noValidate>
      {product ? <input type="hidden" name="productId" value={product.id} /> : null}
      <Field label="Title" name="title" defaultValue={product?.title} errors={fieldErrors.title} required maxLength={200} />
      <Field label="Handle" name="handle" defaultValue={product?.handle} errors={fieldErrors.handle} hint="The product's address in the store, e.g. rocket-skates. Leave empty to make one from the title." maxLength={80} />
      <Field label="Description" name="description" textarea defaultValue={product?.description} errors={fieldErrors.description} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={`Price (${currency})`} name="price" inputMode="decimal" defaultValue={product?.price} errors={fieldErrors.price} placeholder="12.50" required />
        <Field label="Stock" name="stock" type="number" min={0} step={1} inputMode="numeric" defaultValue={product?.stock ?? 0} errors={fieldErrors.stock} required />
        <div>
          <label htmlFor="field-status" className="block text-sm font-medium text-zinc-800">Status</label>
          <select
            id="field-status"
            name="status"
            defaultValue={product?.status ?? "draft"}
            aria-describedby="field-status-hint"
            className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
          >
            <option value="draft">Draft</option>
            <option value="active">Active</option>
          </select>
          <p id="field-status-hint" className="mt-1 text-xs text-zinc-500">Drafts are hidden from the storefront.</p>
          {fieldErrors.status ? <p className="mt-1 text-sm text-red-700">{fieldErrors.status.join(" ")}</p> : null}
        </div>
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…">{product ? "Save product" : "Create product"}</SubmitButton>
    </form>
  );
}
