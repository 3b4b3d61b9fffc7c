-- Row-level security for tenant tables: the second lock behind the
-- `where tenant_id = …` every query already carries. drizzle-kit cannot express
-- FORCE, so this file is hand-written; every later tenant table adds the same
-- three statements in its own migration (the RLS catalogue test enforces it).
--
-- The tenant comes from a transaction-local setting made by withTenant() with
-- set_config('app.tenant_id', $1, true). Unset (NULL) or reset ('') means "no
-- tenant": the comparison is NULL, so reads see no rows and writes fail the
-- WITH CHECK. That is the fail-closed default.
CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "products" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "products"
  USING ("tenant_id" = app_current_tenant())
  WITH CHECK ("tenant_id" = app_current_tenant());
