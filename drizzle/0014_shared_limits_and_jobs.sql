-- UNLOGGED: counts need no WAL (one fsync per sign-in or API request otherwise); a database crash
-- empties the table, which costs at most one window of counts (decision 0015).
CREATE UNLOGGED TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE INDEX "rate_limits_expire" ON "rate_limits" USING btree ("expire");
--> statement-breakpoint
-- Usage counters of every store in one statement (lib/usage/counters.ts):
-- `select plaza_flush_usage($1::jsonb)` with [{tenant_id, hour, requests,
-- api_requests, checkouts}, …]. It runs as the caller (no SECURITY DEFINER):
-- each store's rows are written under that store's app.tenant_id, so the
-- forced row-level security of usage_counters checks every row as usual.
-- A store purged meanwhile loses its counts (its foreign key fails in a
-- subtransaction of its own, the others commit). The caller's tenant
-- setting is restored before returning.
CREATE OR REPLACE FUNCTION plaza_flush_usage(counts jsonb) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  previous text := current_setting('app.tenant_id', true);
  store uuid;
  written integer := 0;
  n integer;
BEGIN
  FOR store IN SELECT DISTINCT (c->>'tenant_id')::uuid FROM jsonb_array_elements(counts) c LOOP
    PERFORM set_config('app.tenant_id', store::text, true);
    BEGIN
      INSERT INTO usage_counters AS u (tenant_id, hour, requests, api_requests, checkouts)
      SELECT store, (c->>'hour')::timestamptz, sum((c->>'requests')::int), sum((c->>'api_requests')::int), sum((c->>'checkouts')::int)
      FROM jsonb_array_elements(counts) c
      WHERE (c->>'tenant_id')::uuid = store
      GROUP BY (c->>'hour')::timestamptz
      ON CONFLICT (tenant_id, hour) DO UPDATE SET
        requests = u.requests + excluded.requests,
        api_requests = u.api_requests + excluded.api_requests,
        checkouts = u.checkouts + excluded.checkouts;
      GET DIAGNOSTICS n = ROW_COUNT;
      written := written + n;
    EXCEPTION WHEN foreign_key_violation THEN
      NULL;
    END;
  END LOOP;
  PERFORM set_config('app.tenant_id', coalesce(previous, ''), true);
  RETURN written;
END
$$;
