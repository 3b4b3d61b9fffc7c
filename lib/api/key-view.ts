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
  "stores:read": "Read stores",
  "stores:write": "Create, update, suspend and reactivate stores",
};

export const scopeOptions = (scopes: readonly string[]): ScopeOption[] => scopes.map((value) => ({ value, label: SCOPE_LABELS[value] ?? value }));
