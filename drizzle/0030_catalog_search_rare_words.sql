-- Catalog search, a rare word skips most of the window (decision 0029,
-- measured in 0034). Step 1 read up to the store's 1,000 newest active
-- products before step 2 asked the store's trigrams, so a word in one title
-- of a large store cost a thousand rows first (scale run: 4.1x the backend
-- CPU of a store of 100). Now step 1 looks at its first 100 rows and, if they
-- hold so few matches that the whole window would not fill the page at that
-- rate, goes on with step 2 from there. The answer is the same: step 2 reads
-- the rows after the last one step 1 read, in the catalog's order.
CREATE OR REPLACE FUNCTION plaza_catalog_search(store_id uuid, pattern text, after_time timestamptz, after_id uuid, page_size integer)
RETURNS TABLE (id uuid, handle text, title text, description text, price_cents integer, stock integer, image_path text, cursor_time text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  wanted integer := least(greatest(page_size, 1), 61);
  window_rows constant integer := 1000;
  probe_rows constant integer := 100;
  cut boolean := false;
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
    -- A rare word: at this rate the window would not fill the page, so the trigrams go on from here.
    IF seen = probe_rows AND got * (window_rows / probe_rows) < wanted THEN
      cut := true;
      EXIT;
    END IF;
  END LOOP;
  -- The window held every product left (or none: no tenant, another store).
  IF seen < window_rows AND NOT cut THEN RETURN; END IF;
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
