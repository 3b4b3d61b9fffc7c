ALTER TYPE "public"."fulfillment_status" ADD VALUE 'partially_fulfilled';--> statement-breakpoint
CREATE TABLE "order_shipments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"lines" jsonb NOT NULL,
	"tracking_number" text,
	"tracking_carrier" text,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "order_shipments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "fulfilled_quantity" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_shipments" ADD CONSTRAINT "order_shipments_order_fk" FOREIGN KEY ("tenant_id","order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_shipments_tenant_order_idx" ON "order_shipments" USING btree ("tenant_id","order_id","created_at");--> statement-breakpoint
CREATE INDEX "orders_tenant_fulfillment_later_idx" ON "orders" USING btree ("tenant_id","number") WHERE fulfillment_status > 'fulfilled';--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_fulfilled_within_quantity" CHECK ("order_items"."fulfilled_quantity" >= 0 and "order_items"."fulfilled_quantity" <= "order_items"."quantity");--> statement-breakpoint
-- Orders fulfilled before shipments existed shipped every line in full.
UPDATE "order_items" SET "fulfilled_quantity" = "order_items"."quantity"
  FROM "orders"
  WHERE "orders"."tenant_id" = "order_items"."tenant_id" AND "orders"."id" = "order_items"."order_id" AND "orders"."fulfillment_status" = 'fulfilled';
--> statement-breakpoint
-- Shipments are tenant data: forced row-level security (hand-written: drizzle-kit cannot express FORCE).
ALTER TABLE "order_shipments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "order_shipments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "order_shipments"
  USING ("tenant_id" = app_current_tenant())
  WITH CHECK ("tenant_id" = app_current_tenant());
