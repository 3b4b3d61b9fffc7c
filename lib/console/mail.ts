import "server-only";
import type { OutboxMessage } from "@/lib/mail/outbox";
import { dashboardUrl, rootUrl } from "@/lib/tenancy/urls";
import { PASSWORD_TOKEN_HOURS } from "@/lib/auth/password-tokens";

/* Mail written by console actions. Links are canonical (lib/tenancy/urls.ts). */

type Store = { id: string; slug: string; name: string };

export function ownerInvited(store: Store, to: string, token: string): OutboxMessage {
  return {
    storeId: store.id,
    to,
    kind: "store.owner_invited",
    subject: `You are the owner of ${store.name} on Plaza`,
    body: [
      `Plaza opened the store ${store.name} for you.`,
      `Choose your password (the link works once, for ${PASSWORD_TOKEN_HOURS} hours): ${rootUrl(`/set-password?token=${token}`)}`,
      `Then sign in to your dashboard: ${dashboardUrl(store.slug, "/login")}`,
    ].join("\n"),
  };
}

export function storeOpenedForOwner(store: Store, to: string): OutboxMessage {
  return {
    storeId: store.id,
    to,
    kind: "store.created",
    subject: `${store.name} is open`,
    body: [`Plaza opened the store ${store.name} with you as its owner.`, `Sign in to your dashboard: ${dashboardUrl(store.slug, "/login")}`].join("\n"),
  };
}
