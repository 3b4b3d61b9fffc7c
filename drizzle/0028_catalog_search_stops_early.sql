-- Catalog search, step 1 stops early (decision 0029, measured in 0031). The
-- window of 0027 read all of the store's newest 1,000 active products before
-- it looked at a match (one statement with window functions), so a common
-- word cost a large store ten times the rows of a store of 100 (scale run:
-- 2.26x backend CPU). Now the window is read row by row in the catalog's
-- order and stops once the page is full; everything else (the window's size,
-- step 2 through the store's trigrams, the answer) is as in 0027.
CREATE OR REPLACE FUNCTION plaza_catalog_search(store_id uuid, pattern text, after_time timestamptz, after_id uuid, page_size integer)
RETURNS TABLE (id uuid, handle text, title text, description text, price_cents integer, stock integer, image_path text, cursor_time text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  wanted integer := least(greatest(page_size, 1), 61);
  window_rows constant integer := 1000;
  needed text[] := public.plaza_search_trigrams(store_id, pattern);
  -- A fixed condition or none, never text from the caller.
  trigrams text := CASE WHEN cardinality(needed) = 0 THEN '' ELSE 'AND public.plaza_tenant_trigrams(p.tenant_id, p.title) @> $6' END;
  seen integer := 0;
  got integer := 0;
  edge_time timestamptz;
  edge_id uuid;
  r record;
BEGIN
  -- The window, read in the catalog's order and stopped as soon as the page
  -- is full: a word in many titles reads about a page's worth of rows in a
  -- store of any size. The last row read is where step 2 goes on.
  FOR r IN EXECUTE $q$
    SELECT p.id, p.handle, p.title, p.description, p.price_cents, p.stock, p.image_path, p.created_at,
           p.title ILIKE $5 AS hit
    FROM public.products p
    WHERE p.tenant_id = $4
      AND $4 = nullif(current_setting('app.tenant_id', true), '')::uuid
      AND p.status = 'active'
      AND ($1::timestamptz IS NULL OR (p.created_at, p.id) < ($1, $2))
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT $3
  $q$ USING after_time, after_id, window_rows, store_id, pattern
  LOOP
    seen := seen + 1; edge_time := r.created_at; edge_id := r.id;
    IF r.hit THEN
      id := r.id; handle := r.handle; title := r.title; description := r.description;
      price_cents := r.price_cents; stock := r.stock; image_path := r.image_path;
      cursor_time := to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
      RETURN NEXT;
      got := got + 1;
      IF got >= wanted THEN RETURN; END IF;
    END IF;
  END LOOP;
  -- The window held every product left (or none: no tenant, another store).
  IF seen < window_rows THEN RETURN; END IF;
  RETURN QUERY EXECUTE format($q$
    SELECT p.id, p.handle, p.title, p.description, p.price_cents, p.stock, p.image_path,
           to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    FROM public.products p
    WHERE p.tenant_id = $5
      AND $5 = nullif(current_setting('app.tenant_id', true), '')::uuid
      AND p.status = 'active'
      AND p.title ILIKE $1
      %s
      AND (p.created_at, p.id) < ($2, $3)
    ORDER BY p.created_at DESC, p.id DESC
    LIMIT $4
  $q$, trigrams) USING pattern, edge_time, edge_id, wanted - got, store_id, needed;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION plaza_catalog_search(uuid, text, timestamptz, uuid, integer) FROM PUBLIC;
