ALTER TABLE "orders" ADD COLUMN "placed_by_account_id" uuid;--> statement-breakpoint
CREATE INDEX "orders_tenant_account_idx" ON "orders" USING btree ("tenant_id","placed_by_account_id","number");