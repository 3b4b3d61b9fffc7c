"use client";
import { useEffect, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { Notice } from "@/components/ui/Notice";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { idle, type ActionResult } from "@/lib/actions/result";
import { usageLabel } from "@/lib/plans/plans";
import { addDomainAction, listDomainsAction, removeDomainAction } from "./actions";
import { DomainCard } from "./DomainCard";
import type { DomainView } from "./types";

type Props = { slug: string; initial: DomainView[]; canWrite: boolean; limit: number; feature: boolean; planName: string };

/** The store's custom domains: a react-query list (slug in the key), the add form, one card per domain. */
export function DomainsPanel({ slug, initial, canWrite, limit, feature, planName }: Props) {
  const queryKey = ["store", slug, "domains"];
  const qc = useQueryClient();
  const list = useQuery({
    queryKey,
    queryFn: async () => {
      const r = await listDomainsAction(idle, new FormData());
      if (!r.ok) throw new Error(r.error ?? "Could not load the domains.");
      return r.data as DomainView[];
    },
    initialData: initial,
  });
  const add = useActionForm(addDomainAction);
  useEffect(() => {
    if (add.state.ok) void qc.invalidateQueries({ queryKey: ["store", slug, "domains"] });
  }, [add.state, qc, slug]);

  const [removed, setRemoved] = useState<string | null>(null);
  // Removal updates the list at once and puts the domain back if the server refuses.
  const remove = useMutation({
    mutationFn: async (id: string): Promise<ActionResult<unknown>> => {
      const fd = new FormData();
      fd.set("domainId", id);
      const r = await removeDomainAction(idle, fd);
      if (!r.ok) throw new Error(r.error ?? "Could not remove the domain.");
      return r;
    },
    onMutate: async (id) => {
      setRemoved(null);
      await qc.cancelQueries({ queryKey });
      const before = qc.getQueryData<DomainView[]>(queryKey);
      qc.setQueryData<DomainView[]>(queryKey, (old) => old?.filter((d) => d.id !== id));
      return { before };
    },
    onSuccess: (r) => setRemoved(r.ok ? (r.message ?? null) : null),
    onError: (_err, _id, ctx) => qc.setQueryData(queryKey, ctx?.before),
    onSettled: () => qc.invalidateQueries({ queryKey }),
  });

  const domains = list.data ?? [];
  const atLimit = domains.length >= limit;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-700" data-testid="domain-usage">
          {feature ? usageLabel(domains.length, limit, "custom domains") : `Custom domains are not part of the ${planName} plan.`}
        </p>
        {list.isFetching ? <p className="text-xs text-zinc-500" aria-live="polite">Refreshing…</p> : null}
      </div>

      {canWrite && feature ? (
        <form onSubmit={add.onSubmit} className="flex flex-wrap items-start gap-3 rounded-lg border border-zinc-200 bg-white p-4" aria-label="Add a domain" noValidate>
          <div className="min-w-64 flex-1">
            <Field
              label="Domain"
              name="domain"
              id="domain-input"
              placeholder="shop.example.com"
              autoComplete="off"
              errors={add.fieldErrors.domain}
              hint="A name you own, such as shop.example.com or example.com."
            />
          </div>
          <div className="pt-6">
            <SubmitButton pending={add.pending} pendingLabel="Adding…">
              Add domain
            </SubmitButton>
          </div>
          <div className="w-full">
            {atLimit && (add.state.ok || !add.state.error) ? <p className="text-sm text-amber-800">You have reached your plan’s limit: remove a domain before adding another.</p> : null}
            <FormMessage state={add.state} />
          </div>
        </form>
      ) : null}

      {removed ? (
        <Notice tone="success">{removed}</Notice>
      ) : null}
      {remove.error ? (
        <Notice tone="error">{remove.error.message}</Notice>
      ) : null}
      {list.isError ? (
        <Notice tone="error">
          Could not load the domains: {list.error.message}{" "}
          <button type="button" className="underline" onClick={() => void list.refetch()}>
            Try again
          </button>
        </Notice>
      ) : null}

      {domains.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-6 text-center text-zinc-600">No custom domains yet. Customers reach the store at its Plaza address.</p>
      ) : (
        <ul className="space-y-4" aria-label="Custom domains">
          {domains.map((d) => (
            <DomainCard
              key={d.id}
              domain={d}
              canWrite={canWrite}
              onVerified={() => void qc.invalidateQueries({ queryKey })}
              onRemove={() => remove.mutate(d.id)}
              removing={remove.isPending && remove.variables === d.id}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
