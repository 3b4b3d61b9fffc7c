-- A checkout's stock take is a HOT update (issue 12; decision 0037). The
-- low-stock index was on (tenant_id, stock), so every `stock = stock - q`
-- changed an indexed column: PostgreSQL wrote a new entry into each of the
-- table's six indexes, the search's trigram GIN included (its pending list
-- grew with every sale, and a cleanup could land inside a checkout holding
-- the store's counter row). pg_stat_user_tables showed 0 HOT updates in
-- 24,640. Now the index is keyed by the store alone over a stored flag that
-- changes only when the stock crosses the line (5, LOW_STOCK in
-- lib/catalog/products.ts), and pages keep a tenth free so the new version
-- fits beside the old one. Adding the stored column rewrites the table, so
-- the fill factor applies to every page at once.
ALTER TABLE "products" SET (fillfactor = 90);--> statement-breakpoint
DROP INDEX "products_tenant_low_stock_idx";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "low_stock" boolean GENERATED ALWAYS AS (stock <= 5) STORED;--> statement-breakpoint
CREATE INDEX "products_tenant_low_stock_idx" ON "products" USING btree ("tenant_id") WHERE status = 'active' and low_stock;
