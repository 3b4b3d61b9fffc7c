"use client";
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Field } from "@/components/ui/Field";
import { Notice } from "@/components/ui/Notice";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";
import { idle } from "@/lib/actions/result";
import type { ApiKeyView, ScopeOption } from "@/lib/api/key-view";
import { NewTokenNotice } from "./NewTokenNotice";
import { ApiKeysTable } from "./ApiKeysTable";

type Props = {
  /** react-query key: ["store", slug, "api-keys"] or ["platform", "api-keys"]. */
  queryKey: string[];
  initial: ApiKeyView[];
  scopes: ScopeOption[];
  canWrite: boolean;
  /** Why keys cannot be created (plan without API access), or null. */
  disabledReason: string | null;
  listAction: FormAction;
  createAction: FormAction;
  revokeAction: FormAction;
};

/** API keys of a store or of the platform: create (token shown once), list, revoke. */
export function ApiKeysPanel({ queryKey, initial, scopes, canWrite, disabledReason, listAction, createAction, revokeAction }: Props) {
  const qc = useQueryClient();
  const list = useQuery({
    queryKey,
    queryFn: async () => {
      const r = await listAction(idle, new FormData());
      if (!r.ok) throw new Error(r.error ?? "Could not load the keys.");
      return r.data as ApiKeyView[];
    },
    initialData: initial,
  });
  const create = useActionForm(createAction);
  const created = create.state.ok ? (create.state.data as { token: string; prefix: string } | undefined) : undefined;
  useEffect(() => {
    if (create.state.ok) void qc.invalidateQueries({ queryKey });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey is a fresh array each render
  }, [create.state, qc]);

  // Revoking marks the key at once and rolls back if the server refuses.
  const revoke = useMutation({
    mutationFn: async (id: string) => {
      const fd = new FormData();
      fd.set("keyId", id);
      const r = await revokeAction(idle, fd);
      if (!r.ok) throw new Error(r.error ?? "Could not revoke the key.");
    },
    onMutate: async (id) => {
      await qc.cancelQueries({ queryKey });
      const before = qc.getQueryData<ApiKeyView[]>(queryKey);
      qc.setQueryData<ApiKeyView[]>(queryKey, (old) => old?.map((k) => (k.id === id ? { ...k, revokedAt: new Date().toISOString() } : k)));
      return { before };
    },
    onError: (_e, _id, ctx) => qc.setQueryData(queryKey, ctx?.before),
    onSettled: () => qc.invalidateQueries({ queryKey }),
  });

  return (
    <div className="space-y-6">
      {disabledReason ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {disabledReason}
        </p>
      ) : null}

      {created ? <NewTokenNotice token={created.token} /> : null}

      {canWrite && !disabledReason ? (
        <form onSubmit={create.onSubmit} className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4" aria-label="Create an API key" noValidate>
          <h2 className="text-lg font-semibold">Create a key</h2>
          <div className="max-w-md">
            <Field label="Name" name="name" id="key-name" placeholder="Inventory sync" autoComplete="off" errors={create.fieldErrors.name} hint="So you recognise it later." />
          </div>
          <fieldset aria-describedby={create.fieldErrors.scopes ? "key-scopes-error" : undefined}>
            <legend className="text-sm font-medium text-zinc-800">Scopes</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {scopes.map((s) => (
                <label key={s.value} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="scopes" value={s.value} className="mt-0.5 h-4 w-4" />
                  <span>
                    {s.label} <code className="text-xs text-zinc-500">{s.value}</code>
                  </span>
                </label>
              ))}
            </div>
            {create.fieldErrors.scopes ? (
              <p id="key-scopes-error" className="mt-1 text-sm text-red-700">
                {create.fieldErrors.scopes.join(" ")}
              </p>
            ) : null}
          </fieldset>
          <SubmitButton pending={create.pending} pendingLabel="Creating…">
            Create key
          </SubmitButton>
          {create.state.ok ? null : <FormMessage state={create.state} />}
        </form>
      ) : null}

      {revoke.error ? <Notice tone="error">{revoke.error.message}</Notice> : null}
      {list.isError ? <Notice tone="error">Could not load the keys: {list.error.message}</Notice> : null}
      <ApiKeysTable
        keys={list.data ?? []}
        canWrite={canWrite}
        revokingId={revoke.isPending ? revoke.variables : undefined}
        onRevoke={(k) => revoke.mutate(k.id)}
      />
    </div>
  );
}
