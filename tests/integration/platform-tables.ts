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
  "store_domains",
  "stores",
  "users",
];
