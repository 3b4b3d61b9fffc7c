import "server-only";
import { after } from "next/server";
import { z } from "zod";
import { env } from "@/lib/env";
import { deliverPendingMail } from "@/lib/mail/send";
import { db } from "@/lib/db/client";
import { currentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/accounts";
import type { Permission, Role } from "@/lib/auth/permissions";
import { SIGNED_OUT } from "@/lib/access/decision";
import { authorizePlatform } from "@/lib/access/platform";
import { authorizeStoreAction } from "@/lib/access/store";
import type { LiveImpersonation } from "@/lib/stores/impersonation";
import { asSupport, recordAudit } from "@/lib/audit/log";
import { refused, type ActionResult } from "./result";
import type { FormAction } from "./action-type";
import { formProblem } from "./form-guard";
import { formToObject } from "./form";

/*
 * Every server action is one chain of small steps (STYLE.md; in the spirit of
 * next-safe-action's middleware): validate the form with zod (field errors
 * back to the form, nothing else runs), resolve who is acting from the
 * database (the session's user; for store actions the store from the
 * request's host, never from the form, and the user's membership), authorize
 * against the permission matrix (lib/access/), run the body, and leave the
 * traces that belong to the edge (support access, mail delivery). Each step
 * may refuse, add to the context, or wrap the steps after it. Next's own
 * origin check already refused a post from another host before this runs.
 *
 * The tenant transaction and the audit entry of the body's own change are
 * not steps: domain functions open their transaction where they lock, and
 * audit inside it (lib/audit/log.ts), so a refusal found under the lock
 * still rolls everything back.
 */

export type { FormAction };
export { formList, formToObject } from "./form";

type Answer = Promise<ActionResult<unknown>>;
/** One step: refuse (answer without calling `next`), add to the context, or wrap what follows. */
export type Step<In, Out> = (ctx: In, next: (ctx: Out) => Answer) => Answer;

/** A chain of steps; `action` closes it with the body and gives the server action. */
export class ActionChain<C> {
  constructor(private readonly steps: ReadonlyArray<Step<unknown, unknown>>) {}

  use<D>(step: Step<C, D>): ActionChain<D> {
    // Each step's types were checked where it was added; the array only keeps them in order.
    return new ActionChain<D>([...this.steps, step as unknown as Step<unknown, unknown>]);
  }

  action(body: (ctx: C) => Answer): FormAction {
    const steps = this.steps;
    const run = (at: number, ctx: unknown): Answer => (at === steps.length ? body(ctx as C) : steps[at]!(ctx, (next) => run(at + 1, next)));
    return (_prev, formData) => run(0, { formData });
  }
}

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

/** The start of every chain: the form as posted, and its mail delivered once the answer is sent. */
export const actionChain = new ActionChain<{ formData: unknown }>([]).use<{ formData: unknown }>(async (ctx, next) => deliverMailAfter(await next(ctx)));

/** Validate the form: the parsed input, or the field errors and nothing else run. */
export function validated<S extends z.ZodType>(schema: S): Step<{ formData: unknown }, { input: z.infer<S> }> {
  return async (ctx, next) => {
    const parsed = parse(schema, ctx.formData);
    return parsed.ok ? next({ input: parsed.input }) : parsed.result;
  };
}

/** The signed-in user (read from the database now), or null for a visitor. */
export function withUser<C>(): Step<C, C & { user: Actor | null }> {
  return async (ctx, next) => next({ ...ctx, user: await currentUser() });
}

/** A signed-in user, or the refusal to sign in again. */
export function signedIn<C>(): Step<C, C & { user: Actor }> {
  return async (ctx, next) => {
    const user = await currentUser();
    return user ? next({ ...ctx, user }) : refused(SIGNED_OUT);
  };
}

/** A platform admin (lib/access/platform.ts). */
export function platformAdmin<C extends { user: Actor }>(): Step<C, C> {
  return async (ctx, next) => {
    const decision = await authorizePlatform(ctx.user);
    return decision.ok ? next(ctx) : refused(decision.message);
  };
}

export type StoreContext = {
  user: Actor;
  store: { id: string; slug: string; name: string };
  role: Role;
  /** Set when a platform admin acts here as support; every audit entry then names them. */
  impersonatedBy: string | null;
};

/**
 * A member of the host's store whose role has `permission`, decided by the
 * dashboard's own rule (lib/access/store.ts) from the database now: a platform
 * admin with a live support session acts as an `admin` member, and an
 * expired session refuses at once. Every store action writes, so a suspended
 * store refuses them all.
 */
export function inStore<C extends { user: Actor }>(permission: Permission): Step<C, C & StoreContext & { support: LiveImpersonation | null }> {
  return async (ctx, next) => {
    const decision = await authorizeStoreAction(ctx.user, permission);
    if (!decision.ok) return refused(decision.message);
    const { store, role, support } = decision.member;
    return next({ ...ctx, store: { id: store.id, slug: store.slug, name: store.name }, role, impersonatedBy: support?.adminEmail ?? null, support });
  };
}

/** Under support access every audit entry names the admin, and each successful action leaves one more entry of its own. */
export function supportTrace<C extends StoreContext & { support: LiveImpersonation | null }>(permission: Permission): Step<C, C> {
  return async (ctx, next) => {
    const { support, store, user } = ctx;
    if (!support) return next(ctx);
    const acting = { impersonatedBy: support.adminEmail, impersonationId: support.id };
    const result = await asSupport(acting, () => next(ctx));
    // Also for the libraries that audit nothing themselves.
    if (result.ok) await recordAudit(db(), { storeId: store.id, actorUserId: user.id, action: "impersonation.action", targetType: "store", targetId: store.slug, data: { permission, ...acting } });
    return result;
  };
}

/** Open to visitors (signup, join request); the body gets the user when one is signed in. */
export function publicAction<S extends z.ZodType>(schema: S, body: (input: z.infer<S>, ctx: { user: Actor | null }) => Answer): FormAction {
  return actionChain
    .use(validated(schema))
    .use(withUser())
    .action(({ input, user }) => body(input, { user }));
}

/** Platform console: the user must be a platform admin, read from the database now. */
export function platformAction<S extends z.ZodType>(schema: S, body: (input: z.infer<S>, ctx: { user: Actor }) => Answer): FormAction {
  return actionChain
    .use(validated(schema))
    .use(signedIn())
    .use(platformAdmin())
    .action(({ input, user }) => body(input, { user }));
}

/** Store dashboard: an approved member of the host's active store whose role has `permission`, or a platform admin with a live support session. */
export function storeAction<S extends z.ZodType>(permission: Permission, schema: S, body: (input: z.infer<S>, ctx: StoreContext) => Answer): FormAction {
  return actionChain
    .use(validated(schema))
    .use(signedIn())
    .use(inStore(permission))
    .use(supportTrace(permission))
    .action(({ input, user, store, role, impersonatedBy }) => body(input, { user, store, role, impersonatedBy }));
}
