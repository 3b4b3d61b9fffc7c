"use client";
import { useState } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { PLAN_IDS } from "@/lib/plans/plans";
import type { PlanChangePreview } from "@/lib/plans/change";
import { planChangeAction } from "./actions";

const FEATURE: Record<string, string> = { customDomain: "custom domains", branding: "logo and colour", themeCustomisation: "advanced theming (tagline)", apiAccess: "API access" };
const NOUN: Record<string, string> = { members: "members", products: "products", customDomains: "custom domains", storageBytes: "bytes of storage" };

/** Choose a plan → the preview (what exceeds it, what happens) → confirm → the change. */
export function PlanChange({ slug, current }: { slug: string; current: string }) {
  const preview = useActionForm(planChangeAction);
  const apply = useActionForm(planChangeAction, { refreshOnSuccess: true });
  const [plan, setPlan] = useState(PLAN_IDS.find((p) => p !== current) ?? "basic");
  const shown = preview.state.ok && !apply.state.ok ? (preview.state.data as { preview: PlanChangePreview } | undefined)?.preview : undefined;
  const stale = shown && shown.to !== plan;

  return (
    <div className="space-y-4">
      <form onSubmit={preview.onSubmit} noValidate className="flex flex-wrap items-end gap-3" aria-label="Preview a plan change">
        <input type="hidden" name="slug" value={slug} />
        <div>
          <label htmlFor="plan-choice" className="block text-sm font-medium text-zinc-800">New plan</label>
          <select id="plan-choice" name="plan" value={plan} onChange={(e) => setPlan(e.target.value as typeof plan)}
            aria-describedby={preview.fieldErrors.plan ? "plan-choice-error" : undefined}
            className="mt-1 rounded-md border border-zinc-300 px-3 py-2 text-sm capitalize focus:outline-none focus:ring-2 focus:ring-indigo-500">
            {PLAN_IDS.map((p) => (
              <option key={p} value={p}>{p}{p === current ? " (current)" : ""}</option>
            ))}
          </select>
        </div>
        <SubmitButton variant="secondary" pending={preview.pending} pendingLabel="Checking…">Preview change</SubmitButton>
      </form>
      {preview.fieldErrors.plan ? <p id="plan-choice-error" className="text-sm text-red-700">{preview.fieldErrors.plan.join(" ")}</p> : null}
      {!preview.state.ok ? <FormMessage state={preview.state} /> : null}
      {shown && !stale ? (
        <div className="space-y-3 rounded-md border border-zinc-200 bg-zinc-50 p-4" aria-label="Plan change preview" role="region">
          <p className="font-semibold capitalize">{shown.from} → {shown.to}</p>
          {shown.excess.length === 0 && shown.lostFeatures.length === 0 ? (
            <p className="text-sm text-green-800">Nothing exceeds the new plan.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {shown.excess.map((e) => (
                <li key={e.resource}>
                  <strong>{e.used.toLocaleString("en-US")} / {e.limit.toLocaleString("en-US")} {NOUN[e.resource]}</strong>: {e.consequence}
                </li>
              ))}
              {shown.lostFeatures.map((f) => (
                <li key={f.feature}><strong>Loses {FEATURE[f.feature] ?? f.feature}</strong>: {f.consequence}</li>
              ))}
            </ul>
          )}
          <form onSubmit={apply.onSubmit} aria-label="Confirm plan change">
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="plan" value={shown.to} />
            <input type="hidden" name="confirm" value="yes" />
            <SubmitButton pending={apply.pending} pendingLabel="Changing…">Confirm change to {shown.to}</SubmitButton>
          </form>
        </div>
      ) : null}
      <FormMessage state={apply.state} />
    </div>
  );
}
