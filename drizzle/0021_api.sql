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

--> statement-breakpoint
CREATE TABLE "platform_webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"endpoint_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" "webhook_delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"last_attempt_at" timestamp with time zone,
	"response_status" integer,
	"response_body" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_webhook_deliveries_attempts_nonnegative" CHECK ("platform_webhook_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "platform_webhook_endpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"events" text[] NOT NULL,
	"sealed_secret" text NOT NULL,
	"status" "webhook_endpoint_status" DEFAULT 'enabled' NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"disabled_reason" text,
	"disabled_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_webhook_deliveries" ADD CONSTRAINT "platform_webhook_deliveries_endpoint_id_platform_webhook_endpoints_id_fk" FOREIGN KEY ("endpoint_id") REFERENCES "public"."platform_webhook_endpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_webhook_deliveries_due_idx" ON "platform_webhook_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "platform_webhook_deliveries_endpoint_idx" ON "platform_webhook_deliveries" USING btree ("endpoint_id","created_at");--> statement-breakpoint
-- Platform webhooks (decision 0024) are queued like a store's (decision 0017):
-- by a trigger on audit_log, in the transaction of the change, so the console,
-- the API and the jobs pass cannot forget one. The store's id comes from the
-- entry, or from its data when the store is gone (store.purged).
CREATE OR REPLACE FUNCTION plaza_audit_platform_webhook() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  t text;
  ev uuid;
  sid uuid;
  slug text;
BEGIN
  t := CASE NEW.action
    WHEN 'store.created' THEN 'store.created'
    WHEN 'store.suspended' THEN 'store.suspended'
    WHEN 'store.reactivated' THEN 'store.reactivated'
    WHEN 'store.deletion_requested' THEN 'store.deletion_requested'
    WHEN 'store.restored' THEN 'store.restored'
    WHEN 'store.purged' THEN 'store.purged'
    WHEN 'domain.verified' THEN 'domain.verified'
    WHEN 'domain.misconfigured' THEN 'domain.failed'
    ELSE NULL
  END;
  IF t IS NULL OR NOT EXISTS (SELECT 1 FROM platform_webhook_endpoints e WHERE e.status = 'enabled' AND t = ANY (e.events)) THEN
    RETURN NULL;
  END IF;
  ev := gen_random_uuid();
  sid := coalesce(NEW.store_id, (NEW.data->>'storeId')::uuid);
  SELECT s.slug INTO slug FROM stores s WHERE s.id = sid;
  IF slug IS NULL AND NEW.target_type = 'store' THEN
    slug := NEW.target_id;
  END IF;
  INSERT INTO platform_webhook_deliveries (endpoint_id, event_id, event_type, payload)
  SELECT e.id, ev, t,
         jsonb_build_object('id', ev, 'type', t, 'createdAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'store', jsonb_build_object('id', sid, 'slug', slug),
                            'data', jsonb_build_object('action', NEW.action, 'object', NEW.target_type, 'id', NEW.target_id, 'reason', NEW.reason)
                                    || (coalesce(NEW.data, '{}'::jsonb) - 'impersonatedBy' - 'impersonationId' - 'ownerEmail'))
  FROM platform_webhook_endpoints e
  WHERE e.status = 'enabled' AND t = ANY (e.events);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_platform_webhook
  AFTER INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION plaza_audit_platform_webhook();

--> statement-breakpoint
