import "server-only";
import type { OutboxMessage } from "@/lib/mail/outbox";
import { composeMail } from "@/lib/mail/account-mail";
import { dashboardUrl, rootUrl } from "@/lib/tenancy/urls";
import { PASSWORD_TOKEN_HOURS } from "@/lib/auth/password-tokens";

/*
 * Mail written by console actions, on the one React Email template
 * (lib/mail/account-mail.tsx: HTML and plain text). Links are canonical
 * (lib/tenancy/urls.ts).
 */

type Store = { id: string; slug: string; name: string; theme?: { primaryColor?: string | null } | null };
const brandOf = (store: Store) => ({ name: store.name, color: store.theme?.primaryColor ?? null });

export function ownerInvited(store: Store, to: string, token: string): Promise<OutboxMessage> {
  return composeMail(
    { storeId: store.id, to, kind: "store.owner_invited", subject: `You are the owner of ${store.name} on Plaza` },
    {
      brand: brandOf(store),
      preview: `Plaza opened ${store.name} for you`,
      heading: `${store.name} is ready for you`,
      paragraphs: [`Plaza opened the store ${store.name} for you.`, `Choose your password: the link works once, for ${PASSWORD_TOKEN_HOURS} hours.`, `Then sign in to your dashboard: ${dashboardUrl(store.slug, "/login")}`],
      link: { href: rootUrl(`/set-password?token=${token}`), label: "Choose your password" },
    },
  );
}

export function storeOpenedForOwner(store: Store, to: string): Promise<OutboxMessage> {
  return composeMail(
    { storeId: store.id, to, kind: "store.created", subject: `${store.name} is open` },
    {
      brand: brandOf(store),
      preview: `Plaza opened ${store.name} with you as its owner`,
      heading: `${store.name} is open`,
      paragraphs: [`Plaza opened the store ${store.name} with you as its owner.`],
      link: { href: dashboardUrl(store.slug, "/login"), label: "Sign in to your dashboard" },
    },
  );
}
