CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."webhook_endpoint_status" AS ENUM('enabled', 'disabled');--> statement-breakpoint
CREATE TABLE "api_idempotency" (
	"tenant_id" uuid NOT NULL,
	"api_key_id" uuid NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" integer,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_idempotency_tenant_id_api_key_id_key_pk" PRIMARY KEY("tenant_id","api_key_id","key")
);
--> statement-breakpoint
CREATE TABLE "platform_idempotency" (
	"api_key_id" uuid NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" integer,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_idempotency_api_key_id_key_pk" PRIMARY KEY("api_key_id","key")
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
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
	CONSTRAINT "webhook_deliveries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "webhook_deliveries_attempts_nonnegative" CHECK ("webhook_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "webhook_endpoints" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"events" text[] NOT NULL,
	"sealed_secret" text NOT NULL,
	"status" "webhook_endpoint_status" DEFAULT 'enabled' NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"disabled_reason" text,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_endpoints_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "api_idempotency" ADD CONSTRAINT "api_idempotency_tenant_id_stores_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_idempotency" ADD CONSTRAINT "platform_idempotency_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_stores_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_endpoint_id_webhook_endpoints_tenant_id_id_fk" FOREIGN KEY ("tenant_id","endpoint_id") REFERENCES "public"."webhook_endpoints"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_tenant_id_stores_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."stores"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_idempotency_created_idx" ON "api_idempotency" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("tenant_id","status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("tenant_id","endpoint_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_endpoints_tenant_status_idx" ON "webhook_endpoints" USING btree ("tenant_id","status");
--> statement-breakpoint
-- Row-level security for the API's tenant tables (hand-written: drizzle-kit cannot express FORCE).
ALTER TABLE "api_idempotency" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "api_idempotency" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "api_idempotency"
  USING ("tenant_id" = app_current_tenant())
  WITH CHECK ("tenant_id" = app_current_tenant());
--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "webhook_endpoints" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_endpoints"
  USING ("tenant_id" = app_current_tenant())
  WITH CHECK ("tenant_id" = app_current_tenant());
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_deliveries"
  USING ("tenant_id" = app_current_tenant())
  WITH CHECK ("tenant_id" = app_current_tenant());
--> statement-breakpoint
-- Outbound webhooks are an outbox written by the database itself, inside the
-- transaction of the change (decision 0017): every domain function already
-- records an audit entry with its change, and checkout inserts the order, so
-- triggers there queue one delivery per subscribed, enabled endpoint of that
-- store. Whoever made the change (dashboard, API, jobs) and however, the
-- event commits with it or not at all, and no caller can forget to emit it.
-- The store's tenant is set for the insert (RLS applies) and put back after.
CREATE OR REPLACE FUNCTION plaza_webhook_event(p_store uuid, p_type text, p_data jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  prev text := current_setting('app.tenant_id', true);
  ev uuid := gen_random_uuid();
  slug text;
BEGIN
  IF p_store IS NULL OR p_type IS NULL THEN
    RETURN;
  END IF;
  SELECT s.slug INTO slug FROM stores s WHERE s.id = p_store;
  PERFORM set_config('app.tenant_id', p_store::text, true);
  INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, event_type, payload)
  SELECT e.tenant_id, e.id, ev, p_type,
         jsonb_build_object('id', ev, 'type', p_type, 'createdAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                            'store', jsonb_build_object('id', p_store, 'slug', slug), 'data', p_data)
  FROM webhook_endpoints e
  WHERE e.tenant_id = p_store AND e.status = 'enabled' AND p_type = ANY (e.events);
  PERFORM set_config('app.tenant_id', coalesce(prev, ''), true);
END;
$$;
--> statement-breakpoint
-- Audit actions → webhook event types (lib/webhooks/events.ts lists the same types).
CREATE OR REPLACE FUNCTION plaza_audit_webhook() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  t text;
BEGIN
  t := CASE NEW.action
    WHEN 'order.mark_paid' THEN 'order.paid'
    WHEN 'order.fulfill' THEN 'order.fulfilled'
    WHEN 'order.fulfilled' THEN 'order.fulfilled'
    WHEN 'order.cancel' THEN 'order.cancelled'
    WHEN 'order.refund' THEN 'order.refunded'
    WHEN 'order.refunded' THEN 'order.refunded'
    WHEN 'product.created' THEN 'product.changed'
    WHEN 'product.updated' THEN 'product.changed'
    WHEN 'product.archived' THEN 'product.changed'
    WHEN 'product.image_set' THEN 'product.changed'
    WHEN 'join_request.approved' THEN 'member.joined'
    WHEN 'membership.removed' THEN 'member.removed'
    WHEN 'store.suspended' THEN 'store.suspended'
    WHEN 'store.reactivated' THEN 'store.reactivated'
    WHEN 'domain.verified' THEN 'domain.verified'
    WHEN 'domain.misconfigured' THEN 'domain.failed'
    ELSE NULL
  END;
  IF t IS NOT NULL THEN
    PERFORM plaza_webhook_event(NEW.store_id, t,
      jsonb_build_object('action', NEW.action, 'object', NEW.target_type, 'id', NEW.target_id, 'reason', NEW.reason)
        || (coalesce(NEW.data, '{}'::jsonb) - 'impersonatedBy' - 'impersonationId'));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_webhook
  AFTER INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION plaza_audit_webhook();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plaza_order_created_webhook() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM plaza_webhook_event(NEW.tenant_id, 'order.created',
    jsonb_build_object('object', 'order', 'id', NEW.id, 'number', NEW.number, 'totalCents', NEW.total_cents, 'currency', NEW.currency,
                       'paymentStatus', NEW.payment_status));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER orders_webhook_created
  AFTER INSERT ON orders
  FOR EACH ROW EXECUTE FUNCTION plaza_order_created_webhook();
