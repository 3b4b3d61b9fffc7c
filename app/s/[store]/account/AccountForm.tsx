"use client";
import { FieldError, FormMessage } from "@/components/storefront/FieldError";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";

type Input = { name: string; label: string; type?: string; autoComplete: string; hint?: string };

/** Register or sign in: labelled inputs with their errors inline, in the store's colours. */
export function AccountForm({ action, fields, submit, pendingLabel }: { action: FormAction; fields: Input[]; submit: string; pendingLabel: string }) {
  const form = useActionForm(action);
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      {!form.state.ok ? <FormMessage message={form.state.error} /> : null}
      {fields.map((f) => {
        const id = `account-${f.name}`;
        const error = form.fieldErrors[f.name]?.join(" ");
        const describedBy = [f.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
        return (
          <div key={f.name}>
            <label htmlFor={id} className="block text-sm font-medium text-zinc-700">{f.label}</label>
            <input
              id={id}
              name={f.name}
              type={f.type ?? "text"}
              autoComplete={f.autoComplete}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={`mt-1 w-full rounded-md border px-3 py-2 focus:outline-none focus:ring-2 focus:ring-(--store-primary) ${error ? "border-red-500" : "border-zinc-300"}`}
            />
            {f.hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-500">{f.hint}</p> : null}
            <FieldError id={`${id}-error`} message={error} />
          </div>
        );
      })}
      <button
        type="submit"
        disabled={form.pending}
        aria-disabled={form.pending}
        className="w-full rounded-md bg-(--store-primary) px-5 py-2.5 font-semibold text-white shadow-sm hover:opacity-90 focus:outline-none focus:ring-2 focus:ring-(--store-primary) focus:ring-offset-2 disabled:opacity-60"
      >
        {form.pending ? pendingLabel : submit}
      </button>
    </form>
  );
}
