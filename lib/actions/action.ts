import "server-only";
import { after } from "next/server";
import { z } from "zod";
import { env } from "@/lib/env";
import { deliverPendingMail } from "@/lib/mail/send";
import { db } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/accounts";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { resolveStoreAccess } from "@/lib/stores/dashboard";
import { asSupport, recordAudit } from "@/lib/audit/log";
import { requestStoreSlug } from "@/lib/tenancy/request-store";
import { refused, type ActionResult } from "./result";
import type { FormAction } from "./action-type";
import { formProblem } from "./form-guard";
import { formToObject } from "./form";

/*
 * The one wrapper every server action goes through (STYLE.md). In order:
 * parse the form with zod (field errors back to the form, nothing run), load
 * the signed-in user from the database, for store actions load the store from
 * the request's host (never from the form) and the user's approved membership
 * from the database, check the permission matrix, then run the body. Next's
 * own origin check already refused a post from another host before this runs.
 */

export type { FormAction };
export { formList, formToObject } from "./form";

/** Shape and size first (lib/actions/form-guard.ts), then the action's own schema: nothing else runs on a bad form. */
function parse<S extends z.ZodType>(schema: S, formData: unknown): { ok: true; input: z.infer<S> } | { ok: false; result: ActionResult } {
  const problem = formProblem(formData);
  if (problem) return { ok: false, result: problem.field ? { ok: false, fieldErrors: { [problem.field]: [problem.message] }, error: problem.message } : refused(problem.message) };
  const parsed = schema.safeParse(formToObject(formData as FormData));
  if (parsed.success) return { ok: true, input: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, result: { ok: false, fieldErrors, error: fieldErrors._form?.[0] } };
}

/**
 * After a successful action, deliver the mail it wrote to the outbox, once the
 * response is sent (SMTP never delays or undoes the decision). Without
 * SMTP_URL the messages stay in the console's mailbox.
 */
function deliverMailAfter(result: ActionResult<unknown>): ActionResult<unknown> {
  const smtp = env().SMTP_URL;
  if (result.ok && smtp) {
    after(() =>
      deliverPendingMail(db(), smtp).catch((err: unknown) => {
        console.error("mail delivery failed", err);
      }),
    );
  }
  return result;
}

const SIGNED_OUT = "Your session has ended. Please sign in again.";

/** Open to visitors (signup, join request); the body gets the user when one is signed in. */
export function publicAction<S extends z.ZodType>(schema: S, body: (input: z.infer<S>, ctx: { user: Actor | null }) => Promise<ActionResult<unknown>>): FormAction {
  return async (_prev, formData) => {
    const parsed = parse(schema, formData);
    if (!parsed.ok) return parsed.result;
    return deliverMailAfter(await body(parsed.input, { user: await currentUser() }));
  };
}

/** Platform console: the user must be a platform admin, read from the database now. */
export function platformAction<S extends z.ZodType>(schema: S, body: (input: z.infer<S>, ctx: { user: Actor }) => Promise<ActionResult<unknown>>): FormAction {
  return async (_prev, formData) => {
    const parsed = parse(schema, formData);
    if (!parsed.ok) return parsed.result;
    const user = await currentUser();
    if (!user) return refused(SIGNED_OUT);
    if (!user.isPlatformAdmin) return refused("Only platform admins can do this.");
    return deliverMailAfter(await body(parsed.input, { user }));
  };
}

export type StoreContext = {
  user: Actor;
  store: { id: string; slug: string; name: string };
  role: Role;
  /** Set when a platform admin acts here as support; every audit entry then names them. */
  impersonatedBy: string | null;
};

/** Store dashboard: an approved member of the host's active store whose role has `permission`, or a platform admin with a live support session (acting as `admin`). A suspended store is read-only: every store action is refused. */
export function storeAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  body: (input: z.infer<S>, ctx: StoreContext) => Promise<ActionResult<unknown>>,
): FormAction {
  return async (_prev, formData) => {
    const parsed = parse(schema, formData);
    if (!parsed.ok) return parsed.result;
    const user = await currentUser();
    if (!user) return refused(SIGNED_OUT);
    const slug = await requestStoreSlug();
    if (!slug) return refused("This action belongs to a store's dashboard.");
    // The dashboard's own decision (lib/stores/dashboard.ts): a platform admin
    // with a live support session acts as an `admin` member, and the session
    // row is read now, so an expired one refuses at once.
    const access = await resolveStoreAccess(slug, user);
    if ("store" in access && access.store.status === "suspended") return refused("This store is suspended: read-only.");
    if (access.kind === "no-store" || access.kind === "store-closed" || access.kind === "signed-out") return refused("This store is not active.");
    if (access.kind === "denied") return refused("You are not a member of this store.");
    const { store, role, support } = access;
    if (!can(role, permission)) return refused("Your role does not allow this.");
    const ref = { id: store.id, slug: store.slug, name: store.name };
    const ctx: StoreContext = { user, store: ref, role, impersonatedBy: support?.adminEmail ?? null };
    if (!support) return deliverMailAfter(await body(parsed.input, ctx));
    const acting = { impersonatedBy: support.adminEmail, impersonationId: support.id };
    const result = await asSupport(acting, () => body(parsed.input, ctx));
    // Also one entry per successful action, for the libraries that audit nothing themselves.
    if (result.ok) await recordAudit(db(), { storeId: store.id, actorUserId: user.id, action: "impersonation.action", targetType: "store", targetId: store.slug, data: { permission, ...acting } });
    return deliverMailAfter(result);
  };
}
