"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { optInAction } from "./actions";

/** Copies one master product into the store with the store's own handle, price, stock and status. */
export function OptInForm({ master }: { master: { id: string; title: string; handle: string; suggestedPrice: string } }) {
  const form = useActionForm(optInAction);
  const router = useRouter();
  const errors = form.fieldErrors;
  useEffect(() => {
    if (form.state.ok) router.refresh();
  }, [form.state, router]);
  const id = (name: string) => `optin-${master.id}-${name}`;

  return (
    <form onSubmit={form.onSubmit} className="mt-3 space-y-3" noValidate aria-label={`Add ${master.title} to your store`}>
      <input type="hidden" name="masterProductId" value={master.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("price")} label="Your price" name="price" inputMode="decimal" defaultValue={master.suggestedPrice} errors={errors.price} required />
        <Field id={id("stock")} label="Stock" name="stock" type="number" min={0} defaultValue="0" errors={errors.stock} required />
        <Field id={id("handle")} label="Handle" name="handle" placeholder={master.handle} errors={errors.handle} hint="Leave empty to use the catalog's." />
        <div>
          <label htmlFor={id("status")} className="block text-sm font-medium text-zinc-800">Status</label>
          <select id={id("status")} name="status" defaultValue="draft" className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500">
            <option value="draft">Draft (hidden from the storefront)</option>
            <option value="active">Active (for sale)</option>
          </select>
          {errors.status?.length ? <p className="mt-1 text-sm text-red-700">{errors.status.join(" ")}</p> : null}
        </div>
      </div>
      <FormMessage state={form.state} />
      {errors.masterProductId?.length ? <p className="text-sm text-red-700">{errors.masterProductId.join(" ")}</p> : null}
      <SubmitButton pending={form.pending} pendingLabel="Adding…">Add to my store</SubmitButton>
    </form>
  );
}
