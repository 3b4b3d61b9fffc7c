"use server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { platformAction, type FormAction } from "@/lib/actions/action";
import { refused, type ActionResult } from "@/lib/actions/result";
import { formFile } from "@/lib/actions/form-guard";
import { issueHopToken } from "@/lib/auth/hop";
import { findStore } from "@/lib/console/stores";
import { PLAN_IDS } from "@/lib/plans/plans";
import { changePlan, previewPlanChange } from "@/lib/plans/change";
import { reactivateStore, requestStoreDeletion, restoreStore, suspendStore, type LifecycleResult } from "@/lib/stores/lifecycle";
import { startImpersonation } from "@/lib/stores/impersonation";
import { importStore, MAX_IMPORT_BYTES } from "@/lib/stores/transfer/import";
import { dashboardUrl } from "@/lib/tenancy/urls";

/*
 * The console's actions on one store. Every one goes through platformAction
 * (a platform admin, read from the database now); the store comes from the
 * form's slug and is looked up again here; each library call audits itself in
 * the transaction of its change.
 */

const slug = z.string().trim().min(1, "Unknown store.");
const reason = z.string().trim().min(3, "Give a reason (at least 3 characters).").max(500, "Use at most 500 characters.");

async function storeOr(slugValue: string) {
  return findStore(db(), slugValue);
}

const outcome = (r: LifecycleResult, message: string): ActionResult => (r.ok ? { ok: true, message } : refused(r.error));

export const lifecycleAction = platformAction(
  z.discriminatedUnion("op", [
    z.object({ op: z.literal("suspend"), slug, reason }),
    z.object({ op: z.literal("reactivate"), slug, reason: z.string().trim().max(500).optional() }),
    // The slug typed in the confirmation dialog, checked here too: a form
    // posted without the dialog cannot delete a store either.
    z.object({ op: z.literal("delete"), slug, reason, confirmText: z.string().trim().max(100).default("") }),
    z.object({ op: z.literal("restore"), slug }),
  ]),
  async (input, { user }) => {
    const store = await storeOr(input.slug);
    if (!store) return refused("Store not found.");
    const actor = { userId: user.id };
    switch (input.op) {
      case "suspend":
        return outcome(await suspendStore(db(), store.id, input.reason, actor), `${store.name} is suspended.`);
      case "reactivate":
        return outcome(await reactivateStore(db(), store.id, input.reason || null, actor), `${store.name} is active again.`);
      case "delete":
        if (input.confirmText !== store.slug) return { ok: false, fieldErrors: { confirmText: [`Type the store's address, ${store.slug}, to confirm the deletion.`] } };
        return outcome(await requestStoreDeletion(db(), store.id, input.reason, actor), `${store.name} is scheduled for deletion.`);
      case "restore":
        return outcome(await restoreStore(db(), store.id, actor), `${store.name} is restored.`);
    }
  },
);

const planSchema = z.object({ slug, plan: z.enum(PLAN_IDS, { error: "Choose a plan." }), confirm: z.literal("yes").optional() });

/** Without `confirm` it only previews; with it, it applies exactly what the preview said. */
export const planChangeAction = platformAction(planSchema, async (input, { user }) => {
  const store = await storeOr(input.slug);
  if (!store) return refused("Store not found.");
  if (!input.confirm) {
    const preview = await previewPlanChange(db(), store.id, input.plan);
    if (!preview) return refused("Store not found.");
    if (preview.from === input.plan) return { ok: false, fieldErrors: { plan: [`The store is already on this plan.`] } };
    return { ok: true, data: { preview } };
  }
  const result = await changePlan(db(), store.id, input.plan, { userId: user.id });
  if (!result.ok) return refused(result.error);
  return { ok: true, message: `${store.name} is now on the ${input.plan} plan.` };
});

/** Starts support access and hands the admin to the store host with a single-use hop token. */
export const impersonateAction = platformAction(z.object({ slug, reason }), async (input, { user }) => {
  const store = await storeOr(input.slug);
  if (!store) return refused("Store not found.");
  if (store.status !== "active" && store.status !== "suspended") return refused("Only an open (active or suspended) store has a dashboard.");
  const started = await startImpersonation(db(), user.id, store.id, input.reason);
  if (!started.ok) return refused(started.error);
  const token = await issueHopToken(db(), user.id, store.id);
  return { ok: true, message: "Opening the dashboard…", data: { url: dashboardUrl(store.slug, `/hop?token=${token}`) } };
});

/** The archive is a File, which the wrapper's schema does not carry: the body reads it from the same form. */
export const importAction: FormAction = async (prev, formData) =>
  platformAction(z.object({ slug }), async (input, { user }) => {
    const file = formFile(formData, "archive");
    if (!file) return { ok: false, fieldErrors: { archive: ["Choose a Plaza export (.zip) to import."] } };
    if (file.size > MAX_IMPORT_BYTES) return { ok: false, fieldErrors: { archive: ["The archive is larger than 50 MB."] } };
    const store = await storeOr(input.slug);
    if (!store) return refused("Store not found.");
    // The audit entry is written inside the import's own transaction.
    const result = await importStore(db().$client, store.id, new Uint8Array(await file.arrayBuffer()), { userId: user.id, via: "console" });
    if (!result.ok) return { ok: false, fieldErrors: { archive: [result.error] } };
    const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
    return { ok: true, message: `Imported ${rows} rows into ${store.name}.` };
  })(prev, formData);
