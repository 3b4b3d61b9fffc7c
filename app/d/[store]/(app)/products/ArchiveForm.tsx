"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { archiveProductAction } from "./actions";

/** Archive from the product page: asks first, then goes back to the list. */
export function ArchiveForm({ slug, productId, title, productsHref }: { slug: string; productId: string; title: string; productsHref: string }) {
  const { state, pending, onSubmit } = useActionForm(archiveProductAction);
  const router = useRouter();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!state.ok) return;
    void queryClient.invalidateQueries({ queryKey: ["store", slug, "products"] });
    router.push(productsHref);
  }, [state, router, productsHref, queryClient, slug]);
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-3 rounded-lg border border-red-200 bg-white p-6" aria-label="Archive product">
      <input type="hidden" name="productId" value={productId} />
      <p className="text-sm text-zinc-700">Archiving removes the product from the storefront and frees a place on your plan. Past orders keep their lines.</p>
      <FormMessage state={state} />
      <SubmitButton variant="danger" pending={pending} pendingLabel="Archiving…" confirm={{ title: `Archive ${title}?`, description: "It leaves the storefront at once. Past orders keep it.", actionLabel: "Archive" }}>
        Archive product
      </SubmitButton>
    </form>
  );
}
