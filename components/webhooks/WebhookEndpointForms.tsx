"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import type { FormAction } from "@/lib/actions/action-type";

/*
 * Webhook endpoint forms that take their server actions as props: a store's
 * settings pass its store actions, the console its platform-admin ones. The
 * secret is shown once, after a successful save.
 */

export function NewEndpointForm({ events, action }: { events: readonly string[]; action: FormAction }) {
  const form = useActionForm(action, { refreshOnSuccess: true });
  const secret = form.state.ok ? (form.state.data as { secret?: string } | undefined)?.secret : undefined;
  return (
    <form onSubmit={form.onSubmit} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4" noValidate aria-label="Add a webhook endpoint">
      <Field label="Endpoint URL" name="url" type="url" placeholder="https://hooks.example.com/plaza" errors={form.fieldErrors.url} />
      <Field label="Description (optional)" name="description" errors={form.fieldErrors.description} />
      <fieldset>
        <legend className="text-sm font-medium">Events</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {events.map((e) => (
            <label key={e} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events" value={e} /> <code>{e}</code>
            </label>
          ))}
        </div>
        {form.fieldErrors.events ? <p className="mt-1 text-sm text-red-700">{form.fieldErrors.events[0]}</p> : null}
      </fieldset>
      <FormMessage state={form.state} />
      {secret ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Signing secret: <code className="break-all font-mono" data-testid="webhook-secret">{secret}</code>
        </p>
      ) : null}
      <SubmitButton pending={form.pending} pendingLabel="Adding…">
        Add endpoint
      </SubmitButton>
    </form>
  );
}

export type EndpointActions = { test: FormAction; setEnabled: FormAction; remove: FormAction };

/** Send test event, enable/disable and delete, for one endpoint. */
export function EndpointControls({ endpointId, enabled, actions }: { endpointId: string; enabled: boolean; actions: EndpointActions }) {
  const test = useActionForm(actions.test);
  const toggle = useActionForm(actions.setEnabled);
  const remove = useActionForm(actions.remove);
  const router = useRouter();
  useEffect(() => {
    if (test.state.ok || toggle.state.ok || remove.state.ok) router.refresh();
  }, [test.state, toggle.state, remove.state, router]);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form onSubmit={test.onSubmit}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <SubmitButton pending={test.pending} pendingLabel="Sending…" variant="secondary">
            Send test event
          </SubmitButton>
        </form>
        <form onSubmit={toggle.onSubmit}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
          <SubmitButton pending={toggle.pending} pendingLabel="Saving…" variant="secondary">
            {enabled ? "Disable" : "Enable"}
          </SubmitButton>
        </form>
        <form onSubmit={remove.onSubmit}>
          <input type="hidden" name="endpointId" value={endpointId} />
          <SubmitButton
            pending={remove.pending}
            pendingLabel="Deleting…"
            variant="danger"
            confirm={{ title: "Delete this endpoint?", description: "Plaza stops sending it events at once, and its delivery log is deleted with it.", actionLabel: "Delete endpoint" }}
          >
            Delete
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={test.state} />
      <FormMessage state={toggle.state} />
      <FormMessage state={remove.state} />
    </div>
  );
}
