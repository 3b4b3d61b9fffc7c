/**
 * The platform tables: read across stores (console, signup, sign-in), scoped
 * in code, no tenant_id of their own. Every other table is a tenant table.
 * They are also the Citus reference tables of docs/deploy.md. One list for
 * the RLS catalog test and the distribution test.
 */
export const PLATFORM_TABLES = [
  "api_keys",
  "audit_log",
  "impersonations",
  "login_tokens",
  "mail_outbox",
  "master_products",
  "memberships",
  "password_tokens",
  "platform_idempotency",
  "platform_webhook_deliveries",
  "platform_webhook_endpoints",
  "store_domains",
  "store_invites",
  "store_moves",
  "stores",
  "users",
];

/**
 * Shared infrastructure, not store data: no tenant_id, never read for a
 * store. Under Citus they stay local tables on the coordinator (neither
 * distributed nor replicated): rate-limit counts are written on every
 * sign-in and API request, which a reference table would copy to every node.
 */
export const LOCAL_TABLES = ["rate_limits"];
