import "server-only";
import type { OutboxMessage } from "./outbox";
import { composeMail, type Brand } from "./account-mail";
import { consoleUrl, dashboardUrl, rootUrl } from "@/lib/tenancy/urls";

/*
 * The words of every notification about applications, join requests and
 * memberships. Each renders through the one React Email template
 * (./account-mail.tsx: HTML and plain text from the same element). Links are
 * canonical (built from ROOT_DOMAIN by lib/tenancy/urls.ts), never from the
 * request's Host header. Store applications are Plaza's mail (Plaza's name
 * and colour: the store is not open yet); the rest carry the store's.
 */

type Store = { id: string; slug: string; name: string; theme?: { primaryColor?: string | null } | null };
const PLAZA: Brand = { name: "Plaza" };
const brandOf = (store: Store): Brand => ({ name: store.name, color: store.theme?.primaryColor ?? null });
const present = (...parts: Array<string | null | undefined>) => parts.filter((p): p is string => p != null);

export async function storeApplicationReceived(store: Store, applicant: string, admins: string[], note: string | null): Promise<OutboxMessage[]> {
  return Promise.all([
    composeMail(
      { storeId: store.id, to: applicant, kind: "store_application.received", subject: `We received your application for ${store.name}` },
      {
        brand: PLAZA,
        preview: `Your application for ${store.name} is in review`,
        heading: "We received your application",
        paragraphs: [`Thanks for applying to open ${store.name} on Plaza.`, "We review applications within a day."],
        link: { href: rootUrl("/pending"), label: "Check its status" },
      },
    ),
    ...admins.map((to) =>
      composeMail(
        { storeId: store.id, to, kind: "store_application.received", subject: `New store application: ${store.name} (${store.slug})` },
        {
          brand: PLAZA,
          preview: `${applicant} applied to open ${store.name}`,
          heading: "New store application",
          paragraphs: present(`${applicant} applied to open ${store.name}.`, note ? `What they will sell: ${note}` : null),
          link: { href: consoleUrl(`/applications/${store.id}`), label: "Review" },
        },
      ),
    ),
  ]);
}

export async function storeApplicationDecided(
  store: Store,
  decision: "approved" | "rejected",
  applicant: string,
  admins: string[],
  reason: string | null,
): Promise<OutboxMessage[]> {
  const kind = `store_application.${decision}`;
  const reasonLine = reason ? `Reason: ${reason}` : null;
  const toApplicant =
    decision === "approved"
      ? composeMail(
          { storeId: store.id, to: applicant, kind, subject: `${store.name} is open` },
          {
            brand: brandOf(store),
            preview: `${store.name} was approved`,
            heading: `${store.name} is open`,
            paragraphs: [`Your store ${store.name} was approved.`],
            link: { href: dashboardUrl(store.slug, "/login"), label: "Sign in to your dashboard" },
          },
        )
      : composeMail(
          { storeId: store.id, to: applicant, kind, subject: `Your application for ${store.name} was not approved` },
          {
            brand: PLAZA,
            preview: `Your application for ${store.name} was not approved`,
            heading: "Your application was not approved",
            paragraphs: present(`Your application to open ${store.name} was not approved.`, reasonLine),
          },
        );
  const notice = admins.map((to) =>
    composeMail(
      { storeId: store.id, to, kind, subject: `Store application ${decision}: ${store.name}` },
      { brand: PLAZA, preview: `${store.name} was ${decision}`, heading: `Store application ${decision}`, paragraphs: present(`${store.name} (${store.slug}) was ${decision}.`, reasonLine) },
    ),
  );
  return Promise.all([toApplicant, ...notice]);
}

/** `requestId` is the applicant's user id: the deciders' "Review" link opens that very request on the members page. */
export async function joinRequestReceived(store: Store, applicant: string, deciders: string[], note: string | null, requestId: string): Promise<OutboxMessage[]> {
  return Promise.all([
    composeMail(
      { storeId: store.id, to: applicant, kind: "join_request.received", subject: `Your request to join ${store.name}` },
      {
        brand: brandOf(store),
        preview: `Your request to join ${store.name} is with its owners`,
        heading: "Your request is with the owners",
        paragraphs: [`We passed your request to join ${store.name} to its owners.`],
        link: { href: rootUrl("/login"), label: "Check its status" },
      },
    ),
    ...deciders.map((to) =>
      composeMail(
        { storeId: store.id, to, kind: "join_request.received", subject: `${applicant} asks to join ${store.name}` },
        {
          brand: brandOf(store),
          preview: `${applicant} asks to join ${store.name}`,
          heading: "A request to join your team",
          paragraphs: present(`${applicant} asks to join ${store.name}.`, note ? `Their note: ${note}` : null),
          link: { href: dashboardUrl(store.slug, `/members#request-${requestId}`), label: "Review" },
        },
      ),
    ),
  ]);
}

export async function membershipChanged(
  store: Store,
  event: "approved" | "rejected" | "role_changed" | "removed",
  member: string,
  deciders: string[],
  detail: { role?: string; reason?: string | null },
): Promise<OutboxMessage[]> {
  const kind = event === "approved" || event === "rejected" ? `join_request.${event}` : `membership.${event}`;
  const words = event.replace("_", " ");
  const reasonLine = detail.reason ? `Reason: ${detail.reason}` : null;
  const what: Record<typeof event, string> = {
    approved: `Your request to join ${store.name} was approved (role: ${detail.role}).`,
    rejected: `Your request to join ${store.name} was not approved.`,
    role_changed: `Your role at ${store.name} is now ${detail.role}.`,
    removed: `You were removed from ${store.name}.`,
  };
  return Promise.all([
    composeMail(
      { storeId: store.id, to: member, kind, subject: `${store.name}: ${words}` },
      {
        brand: brandOf(store),
        preview: what[event],
        heading: `${store.name}: ${words}`,
        paragraphs: present(what[event], reasonLine),
        ...(event === "approved" ? { link: { href: dashboardUrl(store.slug, "/login"), label: "Sign in" } } : {}),
      },
    ),
    ...deciders
      .filter((to) => to !== member)
      .map((to) =>
        composeMail(
          { storeId: store.id, to, kind, subject: `${store.name}: ${member} ${words}` },
          {
            brand: brandOf(store),
            preview: `${member}: ${words}`,
            heading: `${member}: ${words}`,
            paragraphs: present(`${member}: ${words}${detail.role ? ` (role: ${detail.role})` : ""}.`, reasonLine),
          },
        ),
      ),
  ]);
}

/** To the store's owners and admins when repeated failures switch a webhook endpoint off. */
export async function webhookDisabled(store: Store, to: string[], url: string, reason: string): Promise<OutboxMessage[]> {
  return Promise.all(
    to.map((email) =>
      composeMail(
        { storeId: store.id, to: email, kind: "webhook.disabled", subject: `${store.name}: a webhook endpoint was disabled` },
        {
          brand: brandOf(store),
          preview: "A webhook endpoint was disabled",
          heading: "A webhook endpoint was disabled",
          paragraphs: [
            `The webhook endpoint ${url} was disabled: ${reason}`,
            `Fix the receiver, then re-enable it in Settings → Webhooks (or PATCH it with {"enabled": true}). Deliveries queued meanwhile are kept.`,
          ],
          link: { href: dashboardUrl(store.slug, "/settings/webhooks"), label: "Open the webhook settings" },
        },
      ),
    ),
  );
}
