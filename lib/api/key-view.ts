/*
 * What the API-key pages show (pure, so client components import it): never
 * the token or its hash. Dates as ISO strings.
 */

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type ScopeOption = { value: string; label: string };

export const SCOPE_LABELS: Record<string, string> = {
  "products:read": "Read products",
  "orders:read": "Read orders",
  "join_requests:read": "Read join requests",
  "join_requests:write": "Approve and reject join requests",
  "products:write": "Create, update and archive products",
  "orders:write": "Mark orders paid, fulfill and cancel them",
  "members:read": "Read members and open invitations",
  "members:write": "Invite members (resend, revoke), change roles, remove members",
  "config:read": "Read configuration (secrets masked)",
  "config:write": "Set and clear configuration",
  "webhooks:read": "Read webhook endpoints and deliveries",
  "webhooks:write": "Manage webhook endpoints and send test events",
  "stores:read": "Read stores, their usage and health",
  "stores:write": "Create, update, suspend and reactivate stores; change plans",
};

export const scopeOptions = (scopes: readonly string[]): ScopeOption[] => scopes.map((value) => ({ value, label: SCOPE_LABELS[value] ?? value }));
