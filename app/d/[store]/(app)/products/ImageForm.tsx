"use client";
import { useState } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { setProductImageAction } from "./actions";

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = "image/png,image/jpeg,image/webp,image/gif";

/**
 * Uploads the product's picture. The browser checks size and type first to
 * save a wasted upload; the server checks again from the file's bytes
 * (lib/storage/uploads.ts), which is the check that counts.
 */
export function ImageForm({ productId, currentUrl, title }: { productId: string; currentUrl: string | null; title: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(setProductImageAction, { refreshOnSuccess: true });
  const [clientError, setClientError] = useState<string | null>(null);
  const errors = clientError ? [clientError] : fieldErrors.image;

  return (
    <form
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem("image") as HTMLInputElement).files?.[0];
        const problem = !file ? "Choose an image to upload." : file.size > MAX_BYTES ? "Images can be at most 5 MB." : !TYPES.split(",").includes(file.type) ? "Upload a PNG, JPEG, WebP or GIF image." : null;
        setClientError(problem);
        if (problem) e.preventDefault();
        else onSubmit(e);
      }}
      className="flex max-w-2xl flex-wrap items-start gap-6 rounded-lg border border-zinc-200 bg-white p-6"
      aria-label="Product image"
      noValidate
    >
      {currentUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- store uploads are served as-is, not through the image optimizer
        <img src={currentUrl} alt={title} className="h-32 w-32 rounded-md object-cover" data-testid="product-image" />
      ) : (
        <div className="flex h-32 w-32 items-center justify-center rounded-md bg-zinc-100 text-sm text-zinc-700">No image</div>
      )}
      <div className="min-w-60 flex-1 space-y-3">
        <input type="hidden" name="productId" value={productId} />
        <div>
          <label htmlFor="product-image" className="block text-sm font-medium text-zinc-800">Image</label>
          <input
            id="product-image"
            name="image"
            type="file"
            accept={TYPES}
            aria-describedby={`product-image-hint${errors?.length ? " product-image-error" : ""}`}
            aria-invalid={errors?.length ? true : undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-zinc-100 file:px-3 file:py-2 file:font-medium focus:outline-none focus:ring-2 focus:ring-indigo-500"
          />
          <p id="product-image-hint" className="mt-1 text-xs text-zinc-500">PNG, JPEG, WebP or GIF, up to 5 MB.</p>
          {errors?.length ? <p id="product-image-error" className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
        </div>
        <FormMessage state={state} />
        <SubmitButton variant="secondary" pending={pending} pendingLabel="Uploading…">Upload image</SubmitButton>
      </div>
    </form>
  );
}
