"use client";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { saveGeneralSettingsAction } from "./actions";

/** Store name, currency and the time zone the dashboard shows times in. */
export function GeneralForm({
  name,
  currency,
  currencies,
  timeZone,
  timeZones,
  disabled,
}: {
  name: string;
  currency: string;
  timeZone: string;
  timeZones: string[];
  currencies: Array<{ code: string; name: string }>;
  disabled: boolean;
}) {
  const form = useActionForm(saveGeneralSettingsAction, { refreshOnSuccess: true });
  const currencyErrors = form.fieldErrors.currency;

  return (
    <form onSubmit={form.onSubmit} className="mt-4 space-y-4" noValidate>
      <fieldset disabled={disabled} className="space-y-4">
        <Field label="Store name" name="name" defaultValue={name} errors={form.fieldErrors.name} required maxLength={80} />
        <div>
          <label htmlFor="field-currency" className="block text-sm font-medium text-zinc-800">Currency</label>
          <select
            id="field-currency"
            name="currency"
            defaultValue={currency}
            aria-invalid={currencyErrors?.length ? true : undefined}
            aria-describedby={`field-currency-hint${currencyErrors?.length ? " field-currency-error" : ""}`}
            className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
          >
            {currencies.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} — {c.name}
              </option>
            ))}
          </select>
          <p id="field-currency-hint" className="mt-1 text-xs text-zinc-500">
            Prices keep their amounts: changing the currency does not convert them. Past orders keep their own currency.
          </p>
          {currencyErrors?.length ? (
            <p id="field-currency-error" className="mt-1 text-sm text-red-700">{currencyErrors.join(" ")}</p>
          ) : null}
        </div>
        <div>
          <label htmlFor="field-timeZone" className="block text-sm font-medium text-zinc-800">Time zone</label>
          <select
            id="field-timeZone"
            name="timeZone"
            defaultValue={timeZone}
            aria-invalid={form.fieldErrors.timeZone?.length ? true : undefined}
            aria-describedby={`field-timeZone-hint${form.fieldErrors.timeZone?.length ? " field-timeZone-error" : ""}`}
            className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
          >
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <p id="field-timeZone-hint" className="mt-1 text-xs text-zinc-500">Orders, activity and every other time in this dashboard and on the storefront are shown in this zone.</p>
          {form.fieldErrors.timeZone?.length ? (
            <p id="field-timeZone-error" className="mt-1 text-sm text-red-700">{form.fieldErrors.timeZone.join(" ")}</p>
          ) : null}
        </div>
        <FormMessage state={form.state} />
        {!disabled ? <SubmitButton pending={form.pending} pendingLabel="Saving…">Save store settings</SubmitButton> : null}
      </fieldset>
    </form>
  );
}
