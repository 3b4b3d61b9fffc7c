-- Entering a store's transaction costs less server CPU (issue 12). Every
-- tenant transaction asks plaza_store_here (0018) whether this database holds
-- the store. As a LANGUAGE sql function whose body holds a subquery it is
-- never inlined, and PostgreSQL plans such a function's body again on every
-- call; in plpgsql the plan is made once per connection and reused. Same
-- answer, same permissions (not SECURITY DEFINER: it reads stores as the
-- caller). Measured on a one-query catalog read: the backend's CPU per tenant
-- transaction 296 -> 197 µs (bench/http.ts, PostgreSQL part).
CREATE OR REPLACE FUNCTION plaza_store_here(store uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$ BEGIN RETURN EXISTS (SELECT 1 FROM stores WHERE id = store AND placement = 'pool'); END $$;
