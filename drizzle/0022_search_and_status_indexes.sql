-- Trigram search led by the store: pg_trgm's operator class for the title,
-- btree_gist's for tenant_id in the same GiST index. Both are trusted
-- extensions (a database owner may create them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE INDEX "products_tenant_search_idx" ON "products" USING gist ("tenant_id","title" gist_trgm_ops) WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "orders_tenant_status_later_idx" ON "orders" USING btree ("tenant_id","number") WHERE status > 'cancelled';--> statement-breakpoint
CREATE INDEX "orders_tenant_payment_later_idx" ON "orders" USING btree ("tenant_id","number") WHERE payment_status > 'refunded';--> statement-breakpoint
CREATE INDEX "orders_tenant_sales_idx" ON "orders" USING btree ("tenant_id","created_at","total_cents") WHERE status <> 'cancelled';--> statement-breakpoint
-- The storefront's search (decision 0025). Under row-level security ILIKE is
-- not leakproof, so PostgreSQL never uses the trigram index below the policy
-- and every search filters all of a store's products. This function runs as
-- its owner (the migration's role). When that role bypasses row-level
-- security (a superuser, as the embedded server's is) the index is used; when
-- it does not, the policy applies inside too and the answer is the same, only
-- slower. Why it is safe either way:
--  * the caller names its store (scoped in code, like every tenant query) and
--    it must be the one row-level security would use — app.tenant_id, which
--    only the tenant transaction sets (transaction-local); with no tenant set,
--    or another store named, there are no rows (fails closed);
--  * it returns only active products and only the columns the storefront
--    shows anyone on the internet; it writes nothing (STABLE);
--  * the pattern is a bound value (EXECUTE … USING), never SQL text, and the
--    search_path is pinned so no object of the caller's can stand in;
--  * the page size is clamped.
CREATE OR REPLACE FUNCTION plaza_catalog_search(store_id uuid, pattern text, after_time timestamptz, after_id uuid, page_size integer)
RETURNS TABLE (id uuid, handle text, title text, description text, price_cents integer, stock integer, image_path text, cursor_time text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  -- EXECUTE: planned with this call's values, so a pattern too short for
  -- trigrams takes the created_at index instead of a full GIN scan.
  RETURN QUERY EXECUTE $q$
    SELECT p.id, p.handle, p.title, p.description, p.price_cents, p.stock, p.image_path,
           to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    FROM public.products p
    WHERE p.tenant_id = $5
      AND $5 = nullif(current_setting('app.tenant_id', true), '')::uuid
      AND p.status = 'active'
      AND p.title ILIKE $1
      AND ($2::timestamptz IS NULL OR (p.created_at, p.id) < ($2, $3))
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT least(greatest($4, 1), 61)
  $q$ USING pattern, after_time, after_id, page_size, store_id;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION plaza_catalog_search(uuid, text, timestamptz, uuid, integer) FROM PUBLIC;

--> statement-breakpoint
