DROP INDEX "products_tenant_status_created_idx";--> statement-breakpoint
CREATE INDEX "products_tenant_created_idx" ON "products" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "products_tenant_low_stock_idx" ON "products" USING btree ("tenant_id","stock") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "orders_tenant_status_open_idx" ON "orders" USING btree ("tenant_id","number") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "orders_tenant_status_cancelled_idx" ON "orders" USING btree ("tenant_id","number") WHERE status = 'cancelled';--> statement-breakpoint
CREATE INDEX "orders_tenant_payment_pending_idx" ON "orders" USING btree ("tenant_id","number") WHERE payment_status = 'pending';--> statement-breakpoint
CREATE INDEX "orders_tenant_payment_paid_idx" ON "orders" USING btree ("tenant_id","number") WHERE payment_status = 'paid';--> statement-breakpoint
CREATE INDEX "orders_tenant_payment_voided_idx" ON "orders" USING btree ("tenant_id","number") WHERE payment_status = 'voided';--> statement-breakpoint
CREATE INDEX "orders_tenant_payment_refunded_idx" ON "orders" USING btree ("tenant_id","number") WHERE payment_status = 'refunded';--> statement-breakpoint
CREATE INDEX "orders_tenant_fulfillment_unfulfilled_idx" ON "orders" USING btree ("tenant_id","number") WHERE fulfillment_status = 'unfulfilled';--> statement-breakpoint
CREATE INDEX "orders_tenant_fulfillment_fulfilled_idx" ON "orders" USING btree ("tenant_id","number") WHERE fulfillment_status = 'fulfilled';
--> statement-breakpoint
-- The storefront's catalog cache (lib/catalog/storefront-cache.ts) hears of
-- product changes like the routing caches hear of store changes (0011): the
-- database announces {"topic": "catalog", "key": tenant_id} on commit, whoever
-- wrote. Only changes a shopper could see count: rows that are or were active,
-- in a column the catalog shows; stock only when what the card says changes
-- (it names the number up to 5, then says "In stock"), so checkouts of a
-- well-stocked product announce nothing.
CREATE OR REPLACE FUNCTION plaza_product_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status = 'active' THEN PERFORM plaza_announce('catalog', NEW.tenant_id::text); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.status = 'active' THEN PERFORM plaza_announce('catalog', OLD.tenant_id::text); END IF;
  ELSIF (OLD.status = 'active' OR NEW.status = 'active')
    AND (OLD.tenant_id, OLD.handle, OLD.title, OLD.description, OLD.price_cents, OLD.status, OLD.image_path, OLD.created_at, least(OLD.stock, 6))
      IS DISTINCT FROM (NEW.tenant_id, NEW.handle, NEW.title, NEW.description, NEW.price_cents, NEW.status, NEW.image_path, NEW.created_at, least(NEW.stock, 6)) THEN
    PERFORM plaza_announce('catalog', NEW.tenant_id::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_announce_change
  AFTER INSERT OR UPDATE OR DELETE ON products
  FOR EACH ROW EXECUTE FUNCTION plaza_product_changed();
