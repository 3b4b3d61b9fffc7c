"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { PLAN_IDS } from "@/lib/plans/plans";
import { createStoreAction } from "./actions";

/** Name, address, plan and owner; on success the list refreshes and the form empties. */
export function CreateStoreForm({ storeBase }: { storeBase: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(createStoreAction);
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state.ok) return;
    form.current?.reset();
    router.refresh();
  }, [state, router]);
  const created = state.ok ? (state.data as { slug?: string } | undefined)?.slug : undefined;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="mt-4 space-y-4" aria-label="Open a store">
      <FormMessage state={state} />
      {created ? (
        <p className="text-sm">
          <a className="text-indigo-700 underline" href={`${storeBase}/${created}`}>Open {created}’s details</a>
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Store name" name="name" errors={fieldErrors.name} required />
        <Field label="Store address" name="slug" errors={fieldErrors.slug} hint="3–50 lower-case letters, digits and hyphens." required />
        <div>
          <label htmlFor="field-plan" className="block text-sm font-medium text-zinc-800">Plan</label>
          <select id="field-plan" name="plan" defaultValue="basic" className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 text-sm capitalize focus:outline-none focus:ring-2 focus:ring-indigo-500">
            {PLAN_IDS.map((p) => (
              <option key={p} value={p}>{p}</option>
            ))}
          </select>
          {fieldErrors.plan ? <p className="mt-1 text-sm text-red-700">{fieldErrors.plan.join(" ")}</p> : null}
        </div>
        <Field label="Owner email" name="ownerEmail" type="email" errors={fieldErrors.ownerEmail} required />
      </div>
      <SubmitButton pending={pending} pendingLabel="Opening…">Open store</SubmitButton>
    </form>
  );
}
