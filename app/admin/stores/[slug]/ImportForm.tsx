"use client";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { importAction } from "./actions";

/** Upload a Plaza export into this store; the server refuses unless the store is empty. */
export function ImportForm({ slug }: { slug: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(importAction, { refreshOnSuccess: true });
  const err = fieldErrors.archive;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Import into this store">
      <input type="hidden" name="slug" value={slug} />
      <div>
        <label htmlFor="import-archive" className="block text-sm font-medium text-zinc-800">Export archive (.zip, up to 10 MB)</label>
        <input id="import-archive" name="archive" type="file" accept=".zip,application/zip" aria-invalid={err ? true : undefined}
          aria-describedby={err ? "import-archive-error" : undefined}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 focus:outline-none focus:ring-2 focus:ring-indigo-500" />
        {err ? <p id="import-archive-error" className="mt-1 text-sm text-red-700">{err.join(" ")}</p> : null}
      </div>
      <SubmitButton variant="secondary" pending={pending} pendingLabel="Importing…" confirm={{ title: "Import this archive into the store?", description: "Only an empty store accepts it; the import cannot be undone.", actionLabel: "Import", tone: "primary" }}>Import into this (empty) store</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
