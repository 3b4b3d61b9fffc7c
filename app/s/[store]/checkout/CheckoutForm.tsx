"use client";

import { useActionState } from "react";
import { FieldError, FormMessage } from "@/components/storefront/FieldError";
import { SubmitButton } from "@/components/storefront/SubmitButton";
import { initialFormState, type FormState } from "@/lib/commerce/form-state";

type Field = { name: string; label: string; autoComplete: string; type?: string; optional?: boolean; half?: boolean };

const contact: Field[] = [
  { name: "email", label: "Email", autoComplete: "email", type: "email" },
  { name: "name", label: "Full name", autoComplete: "name" },
];
const address: Field[] = [
  { name: "line1", label: "Street address", autoComplete: "address-line1" },
  { name: "line2", label: "Apartment, suite, etc.", autoComplete: "address-line2", optional: true },
  { name: "city", label: "City", autoComplete: "address-level2", half: true },
  { name: "postalCode", label: "Postal code", autoComplete: "postal-code", half: true },
  { name: "region", label: "State / region", autoComplete: "address-level1", optional: true, half: true },
];

export function CheckoutForm({
  action,
  idempotencyKey,
  expectedTotalCents,
  totalLabel,
  countries,
  paymentMethods,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  idempotencyKey: string;
  expectedTotalCents: number;
  totalLabel: string;
  countries: ReadonlyArray<readonly [string, string]>;
  paymentMethods: Array<{ id: string; label: string; description: string }>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => state.values?.[name];

  const input = (f: Field) => {
    const id = `checkout-${f.name}`;
    const error = errors[f.name];
    return (
      <div key={f.name} className={f.half ? "sm:col-span-1" : "sm:col-span-2"}>
        <label htmlFor={id} className="block text-sm font-medium text-zinc-700">
          {f.label}
          {f.optional ? <span className="font-normal text-zinc-500"> (optional)</span> : null}
        </label>
        <input
          id={id}
          name={f.name}
          type={f.type ?? "text"}
          autoComplete={f.autoComplete}
          required={!f.optional}
          defaultValue={value(f.name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`mt-1 w-full rounded-md border px-3 py-2 ${error ? "border-red-500" : "border-zinc-300"}`}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
    );
  };

  return (
    <form action={formAction} className="space-y-8" noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="expectedTotalCents" value={expectedTotalCents} />
      <FormMessage message={state.message} />
      {errors.idempotencyKey ? <FormMessage message={errors.idempotencyKey} /> : null}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Contact</legend>
        {contact.map(input)}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Shipping address</legend>
        {address.map(input)}
        <div className="sm:col-span-1">
          <label htmlFor="checkout-country" className="block text-sm font-medium text-zinc-700">
            Country
          </label>
          <select
            id="checkout-country"
            name="country"
            autoComplete="country"
            defaultValue={value("country") ?? "US"}
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={errors.country ? "checkout-country-error" : undefined}
            className="mt-1 w-full rounded-md border border-zinc-300 bg-white px-3 py-2"
          >
            {countries.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <FieldError id="checkout-country-error" message={errors.country} />
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-lg font-semibold">Payment</legend>
        <div className="space-y-2">
          {paymentMethods.map((m) => (
            <label key={m.id} className="flex cursor-pointer items-start gap-3 rounded-md border border-zinc-300 bg-white p-3 has-checked:border-(--store-primary)">
              <input type="radio" name="paymentMethod" value={m.id} defaultChecked={(value("paymentMethod") ?? paymentMethods[0]?.id) === m.id} className="mt-1 accent-(--store-primary)" />
              <span>
                <span className="block font-medium">{m.label}</span>
                <span className="block text-sm text-zinc-600">{m.description}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="checkout-payment-error" message={errors.paymentMethod} />
      </fieldset>

      <SubmitButton pendingLabel="Placing order…" className="w-full sm:w-auto">
        Place order · {totalLabel}
      </SubmitButton>
    </form>
  );
}
