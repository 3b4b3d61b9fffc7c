"use client";
import { FieldError, FormMessage } from "@/components/storefront/FieldError";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";

type Input = { name: string; label: string; type?: string; autoComplete: string; hint?: string };

/**
 * Register, sign in, forgot or reset a password: labelled inputs with their
 * errors inline, in the store's colours. A success message is announced; with
 * `done`, it replaces the form and offers that link (e.g. "Sign in").
 */
export function AccountForm({
  action,
  fields,
  submit,
  pendingLabel,
  hidden = {},
  done,
  label,
}: {
  action: FormAction;
  fields: Input[];
  submit: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
  done?: { href: string; label: string };
  label?: string;
}) {
  const form = useActionForm(action);
  const success = form.state.ok && form.state.message ? (
    <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
      {form.state.message}
    </p>
  ) : null;
  if (success && done) {
    return (
      <div className="space-y-3">
        {success}
        <a className="font-medium underline" href={done.href}>{done.label}</a>
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate aria-label={label}>
      {!form.state.ok ? <FormMessage message={form.state.error} /> : success}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
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
