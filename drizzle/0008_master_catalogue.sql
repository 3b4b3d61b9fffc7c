CREATE TABLE "master_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handle" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"suggested_price_cents" integer NOT NULL,
	"image_path" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "master_products_price_nonnegative" CHECK ("master_products"."suggested_price_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "master_product_id" uuid;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "registered_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "master_products_handle_key" ON "master_products" USING btree ("handle");--> statement-breakpoint
CREATE INDEX "master_products_created_idx" ON "master_products" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "products_tenant_master_key" ON "products" USING btree ("tenant_id","master_product_id") WHERE master_product_id is not null;