"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/storefront/FieldError";
import { SubmitButton } from "@/components/storefront/SubmitButton";
import { initialFormState, type FormState } from "@/lib/commerce/form-state";

/** Quantity and remove controls of one cart line, with its own inline error. */
export function CartLineForm({
  action,
  productId,
  quantity,
  title,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  productId: string;
  quantity: number;
  title: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const inputId = `qty-${productId}`;
  const error = state.fieldErrors?.quantity ?? state.fieldErrors?.productId;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          Quantity of {title}
        </label>
        <input
          key={quantity}
          id={inputId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={0}
          max={99}
          defaultValue={quantity}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="w-20 rounded-md border border-zinc-300 px-2 py-1.5"
        />
        <SubmitButton variant="secondary" name="intent" value="update" pendingLabel="Saving…">
          Update
        </SubmitButton>
        <SubmitButton variant="link" name="intent" value="remove" aria-label={`Remove ${title}`}>
          Remove
        </SubmitButton>
      </div>
      <FieldError id={`${inputId}-error`} message={error} />
      <FormMessage message={state.message} />
    </form>
  );
}
