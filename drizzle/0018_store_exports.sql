CREATE TYPE "public"."store_export_status" AS ENUM('pending', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "store_exports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"status" "store_export_status" DEFAULT 'pending' NOT NULL,
	"tables" text[],
	"requested_by" uuid,
	"api_key_id" uuid,
	"manifest" jsonb,
	"bytes" integer,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	CONSTRAINT "store_exports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "store_exports" ADD CONSTRAINT "store_exports_tenant_id_stores_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "store_exports_tenant_created_idx" ON "store_exports" USING btree ("tenant_id","created_at");--> statement-breakpoint
-- Row-level security for the export jobs (hand-written: drizzle-kit cannot express FORCE).
ALTER TABLE "store_exports" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "store_exports" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "store_exports"
  USING ("tenant_id" = app_current_tenant())
  WITH CHECK ("tenant_id" = app_current_tenant());
