CREATE TYPE "public"."store_placement" AS ENUM('pool', 'dedicated');--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "placement" "store_placement" DEFAULT 'pool' NOT NULL;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "placement_sealed" text;--> statement-breakpoint
ALTER TABLE "stores" ADD COLUMN "placement_label" text;--> statement-breakpoint
-- Whether this database holds the store's tenant rows now. In the control
-- database the store's row says 'pool' while its rows are here; a dedicated
-- database keeps a copy of the store's row (tenant tables' foreign keys point
-- at it) that says 'pool' once the rows are complete there: "pool" reads as
-- "in this database". withTenant asks on every transaction (in the same round
-- trip as the tenant setting), so an instance still routing to the old
-- database after a move is told, never served stale rows or allowed to write
-- rows that a finished move would leave behind (lib/db/placement.ts).
CREATE OR REPLACE FUNCTION plaza_store_here(store uuid) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT EXISTS (SELECT 1 FROM stores WHERE id = store AND placement = 'pool') $$;
--> statement-breakpoint
-- The advisory-lock key of a store's move: writers take it shared for their
-- transaction, the move holds it exclusively while it copies (lib/db/move.ts).
CREATE OR REPLACE FUNCTION plaza_store_lock_key(store uuid) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT hashtextextended('plaza-store-move:' || store::text, 0) $$;
