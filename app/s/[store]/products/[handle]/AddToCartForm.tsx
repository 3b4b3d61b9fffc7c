"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/storefront/FieldError";
import { SubmitButton } from "@/components/storefront/SubmitButton";
import { initialFormState, type FormState } from "@/lib/commerce/form-state";

export function AddToCartForm({
  action,
  productId,
  maxQuantity,
  cartUrl,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  productId: string;
  maxQuantity: number;
  cartUrl: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const error = state.fieldErrors?.quantity;
  return (
    <form action={formAction} className="mt-6 space-y-3" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        <div>
          <label htmlFor="quantity" className="block text-sm font-medium text-zinc-700">
            Quantity
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            defaultValue={1}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "quantity-error" : undefined}
            className="mt-1 w-24 rounded-md border border-zinc-300 px-3 py-2"
          />
        </div>
        <SubmitButton pendingLabel="Adding…">Add to cart</SubmitButton>
      </div>
      <FieldError id="quantity-error" message={error} />
      {state.ok ? (
        <div role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {state.message}{" "}
          <Link href={cartUrl} className="font-semibold underline">
            View cart
          </Link>
        </div>
      ) : error ? null : (
        <FormMessage message={state.message} />
      )}
    </form>
  );
}
