-- Catalog search that stays flat with a store's size (decision 0029). The
-- trigram GiST led by the store (0022) had to read the store's whole subtree
-- once the store was large: a GiST signature is lossy, and in a store of
-- 95,000 products one rare word read 2,722 pages. Here each of a title's
-- trigrams is a GIN key prefixed with its store, so a posting list holds one
-- store's titles with that trigram and nothing else: a rare word reads a few
-- pages in a store of any size.
--
-- The prefix is the first 8 hex digits of the store id (uuid v4: random). Two
-- stores sharing a prefix only share posting lists, which costs reading, never
-- correctness: every query also filters tenant_id and rechecks ILIKE.

CREATE OR REPLACE FUNCTION plaza_tenant_trigrams(store uuid, title text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, public
  AS $$ SELECT array(SELECT left(store::text, 8) || ':' || g FROM unnest(public.show_trgm(title)) g) $$;
--> statement-breakpoint
-- The trigrams every title matching ILIKE `pattern` must hold, with the same
-- prefix: show_trgm of the pattern itself (its %, _ and \ as spaces: they are
-- wildcards or escapes, and as characters pg_trgm splits words at them), keeping
-- only whole trigrams of three word characters. show_trgm pads each word's ends
-- with spaces, and a matching title may hold the word inside a longer one
-- ("word" in "swords"), so padded trigrams are left out; so are those it shows
-- as hashes (non-ASCII letters), which cannot be read to tell. Three word
-- characters in a row in the pattern are three in a row in any title that
-- holds it, with the same case folding: no match is lost. Leaving a trigram
-- out only widens the candidates (ILIKE rechecks them).
-- Empty when no such trigram exists: the caller then reads the created_at order.
CREATE OR REPLACE FUNCTION plaza_search_trigrams(store uuid, pattern text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, public
  AS $$
    SELECT coalesce(array_agg(DISTINCT left(store::text, 8) || ':' || g), '{}')
    FROM unnest(public.show_trgm(regexp_replace(pattern, '[\\%_]', ' ', 'g'))) AS g
    WHERE length(g) = 3 AND strpos(g, ' ') = 0
  $$;
--> statement-breakpoint
DROP INDEX "products_tenant_search_idx";--> statement-breakpoint
CREATE INDEX "products_tenant_trigram_idx" ON "products" USING gin (plaza_tenant_trigrams("tenant_id", "title")) WHERE status = 'active';--> statement-breakpoint
-- The storefront's search, as in 0022 (why it is safe: that migration's
-- comment and decision 0025), in two steps:
--  1. the store's newest 1,000 active products in the catalog's order,
--     matched with ILIKE: a word in many titles fills its page here and stops
--     (in a store of any size), and a store no larger than the window is
--     answered whole;
--  2. only when the page is not full yet, the rows older than the window
--     through the store's own trigrams, rechecked with ILIKE: a rare word
--     reads a few posting-list pages (a pattern with no whole trigram scans
--     on in the catalog's order, as before).
-- Step 1 is what the planner cannot tell apart on its own: statistics know
-- how many titles in the table hold a trigram, not how many in this store.
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
  -- The window in one statement: its matches (newest first) and its oldest
  -- row, whose key is where step 2 goes on; n is the window's size.
  FOR r IN EXECUTE $q$
    SELECT w.* FROM (
      SELECT p.*, p.title ILIKE $5 AS hit,
             row_number() OVER (ORDER BY p.created_at, p.id) AS from_oldest, count(*) OVER () AS n
      FROM (SELECT p.id, p.handle, p.title, p.description, p.price_cents, p.stock, p.image_path, p.created_at
            FROM public.products p
            WHERE p.tenant_id = $4
              AND $4 = nullif(current_setting('app.tenant_id', true), '')::uuid
              AND p.status = 'active'
              AND ($1::timestamptz IS NULL OR (p.created_at, p.id) < ($1, $2))
            ORDER BY p.created_at DESC, p.id DESC
            LIMIT $3) p
    ) w
    WHERE w.hit OR w.from_oldest = 1
    ORDER BY w.created_at DESC, w.id DESC
  $q$ USING after_time, after_id, window_rows, store_id, pattern
  LOOP
    IF r.from_oldest = 1 THEN
      seen := r.n; edge_time := r.created_at; edge_id := r.id;
    END IF;
    IF r.hit AND got < wanted THEN
      id := r.id; handle := r.handle; title := r.title; description := r.description;
      price_cents := r.price_cents; stock := r.stock; image_path := r.image_path;
      cursor_time := to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
      RETURN NEXT;
      got := got + 1;
    END IF;
  END LOOP;
  IF got >= wanted THEN RETURN; END IF;
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
