import "server-only";
import type { OutboxMessage } from "./outbox";
import { consoleUrl, dashboardUrl, rootUrl } from "@/lib/tenancy/urls";

/*
 * The words of every notification. Links are canonical (built from
 * ROOT_DOMAIN by lib/tenancy/urls.ts), never from the request's Host header.
 */

type Store = { id: string; slug: string; name: string };
const lines = (...parts: Array<string | null | undefined>) => parts.filter((p) => p != null).join("\n");

export function storeApplicationReceived(store: Store, applicant: string, admins: string[], note: string | null): OutboxMessage[] {
  return [
    {
      storeId: store.id,
      to: applicant,
      kind: "store_application.received",
      subject: `We received your application for ${store.name}`,
      body: lines(`Thanks for applying to open ${store.name} on Plaza.`, "We review applications within a day.", `Check its status: ${rootUrl("/pending")}`),
    },
    ...admins.map((to) => ({
      storeId: store.id,
      to,
      kind: "store_application.received",
      subject: `New store application: ${store.name} (${store.slug})`,
      body: lines(`${applicant} applied to open ${store.name}.`, note ? `What they will sell: ${note}` : null, `Review: ${consoleUrl(`/applications/${store.id}`)}`),
    })),
  ];
}

export function storeApplicationDecided(
  store: Store,
  decision: "approved" | "rejected",
  applicant: string,
  admins: string[],
  reason: string | null,
): OutboxMessage[] {
  const kind = `store_application.${decision}`;
  const toApplicant: OutboxMessage =
    decision === "approved"
      ? {
          storeId: store.id,
          to: applicant,
          kind,
          subject: `${store.name} is open`,
          body: lines(`Your store ${store.name} was approved.`, `Sign in to your dashboard: ${dashboardUrl(store.slug, "/login")}`),
        }
      : {
          storeId: store.id,
          to: applicant,
          kind,
          subject: `Your application for ${store.name} was not approved`,
          body: lines(`Your application to open ${store.name} was not approved.`, reason ? `Reason: ${reason}` : null),
        };
  const notice = admins.map((to) => ({
    storeId: store.id,
    to,
    kind,
    subject: `Store application ${decision}: ${store.name}`,
    body: lines(`${store.name} (${store.slug}) was ${decision}.`, reason ? `Reason: ${reason}` : null),
  }));
  return [toApplicant, ...notice];
}

/** `requestId` is the applicant's user id: the deciders' "Review:" link opens that very request on the members page. */
export function joinRequestReceived(store: Store, applicant: string, deciders: string[], note: string | null, requestId: string): OutboxMessage[] {
  return [
    {
      storeId: store.id,
      to: applicant,
      kind: "join_request.received",
      subject: `Your request to join ${store.name}`,
      body: lines(`We passed your request to join ${store.name} to its owners.`, `Check its status: ${rootUrl("/login")}`),
    },
    ...deciders.map((to) => ({
      storeId: store.id,
      to,
      kind: "join_request.received",
      subject: `${applicant} asks to join ${store.name}`,
      body: lines(`${applicant} asks to join ${store.name}.`, note ? `Their note: ${note}` : null, `Review: ${dashboardUrl(store.slug, `/members#request-${requestId}`)}`),
    })),
  ];
}

export function membershipChanged(
  store: Store,
  event: "approved" | "rejected" | "role_changed" | "removed",
  member: string,
  deciders: string[],
  detail: { role?: string; reason?: string | null },
): OutboxMessage[] {
  const kind = event === "approved" || event === "rejected" ? `join_request.${event}` : `membership.${event}`;
  const what: Record<typeof event, string> = {
    approved: `Your request to join ${store.name} was approved (role: ${detail.role}). Sign in: ${dashboardUrl(store.slug, "/login")}`,
    rejected: `Your request to join ${store.name} was not approved.`,
    role_changed: `Your role at ${store.name} is now ${detail.role}.`,
    removed: `You were removed from ${store.name}.`,
  };
  return [
    { storeId: store.id, to: member, kind, subject: `${store.name}: ${event.replace("_", " ")}`, body: lines(what[event], detail.reason ? `Reason: ${detail.reason}` : null) },
    ...deciders
      .filter((to) => to !== member)
      .map((to) => ({
        storeId: store.id,
        to,
        kind,
        subject: `${store.name}: ${member} ${event.replace("_", " ")}`,
        body: lines(`${member}: ${event.replace("_", " ")}${detail.role ? ` (role: ${detail.role})` : ""}.`, detail.reason ? `Reason: ${detail.reason}` : null),
      })),
  ];
}
