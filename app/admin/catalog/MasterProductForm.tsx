"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { saveMasterProductAction } from "./actions";

type Values = { id: string; title: string; handle: string; description: string; suggestedPrice: string; imageUrl: string | null };

/** Create or edit a master product. After creating, goes to the list; after editing, stays. */
export function MasterProductForm({ product, listHref }: { product?: Values; listHref: string }) {
  const form = useActionForm(saveMasterProductAction);
  const router = useRouter();
  const errors = form.fieldErrors;
  useEffect(() => {
    if (!form.state.ok) return;
    if (product) router.refresh();
    else router.push(listHref);
  }, [form.state, router, product, listHref]);

  return (
    <form onSubmit={form.onSubmit} className="max-w-xl space-y-4 rounded-lg border border-zinc-200 bg-white p-6" noValidate>
      {product ? <input type="hidden" name="id" value={product.id} /> : null}
      <Field label="Title" name="title" defaultValue={product?.title} errors={errors.title} required maxLength={200} />
      <Field label="Handle" name="handle" defaultValue={product?.handle} errors={errors.handle} maxLength={80} hint="Lower-case letters, digits and hyphens. Leave empty to make one from the title." />
      <Field label="Description" name="description" textarea defaultValue={product?.description} errors={errors.description} />
      <Field label="Suggested price" name="suggestedPrice" inputMode="decimal" defaultValue={product?.suggestedPrice} errors={errors.suggestedPrice} required hint="Each store sets its own price when it opts in." />
      {product?.imageUrl ? (
        <div className="flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by the console's own image route */}
          <img src={product.imageUrl} alt="" className="h-16 w-16 rounded object-cover" />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="removeImage" className="rounded border-zinc-300" /> Remove the image
          </label>
        </div>
      ) : null}
      <Field label="Image (optional)" name="image" type="file" accept="image/png,image/jpeg,image/webp,image/gif" errors={errors.image} hint="PNG, JPEG, WebP or GIF, up to 1 MB." />
      <FormMessage state={form.state} />
      <SubmitButton pending={form.pending} pendingLabel="Saving…">{product ? "Save changes" : "Add to catalog"}</SubmitButton>
    </form>
  );
}
