-- Cross-instance invalidation (lib/changes/). Every change to what routing
-- caches (a store's slug, name, status, plan, currency, theme, deletion; a
-- domain's claim or verification) is announced on the channel plaza_changes
-- by the database itself, inside the writing transaction: PostgreSQL delivers
-- it on commit and drops it on rollback, whoever wrote (the app, the jobs, an
-- operator in psql). Payload: {"topic": "store"|"domain", "key": slug|domain}.
CREATE OR REPLACE FUNCTION plaza_announce(topic text, key text) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_notify('plaza_changes', json_build_object('topic', topic, 'key', key)::text);
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plaza_store_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.slug, OLD.name, OLD.status, OLD.plan, OLD.currency, OLD.theme, OLD.deletion_requested_at)
      IS NOT DISTINCT FROM (NEW.slug, NEW.name, NEW.status, NEW.plan, NEW.currency, NEW.theme, NEW.deletion_requested_at) THEN
    RETURN NULL; -- nothing routing caches changed (settings, timestamps)
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM plaza_announce('store', OLD.slug);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.slug <> OLD.slug) THEN
    PERFORM plaza_announce('store', NEW.slug);
    -- The domain cache maps a domain to a slug: a new slug makes those entries stale.
    PERFORM plaza_announce('domain', d.domain) FROM store_domains d WHERE d.store_id = NEW.id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stores_announce_change
  AFTER INSERT OR UPDATE OR DELETE ON stores
  FOR EACH ROW EXECUTE FUNCTION plaza_store_changed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plaza_domain_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.domain, OLD.status, OLD.store_id) IS NOT DISTINCT FROM (NEW.domain, NEW.status, NEW.store_id) THEN
    RETURN NULL; -- a re-check that changed nothing
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM plaza_announce('domain', OLD.domain);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.domain <> OLD.domain) THEN
    PERFORM plaza_announce('domain', NEW.domain);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER store_domains_announce_change
  AFTER INSERT OR UPDATE OR DELETE ON store_domains
  FOR EACH ROW EXECUTE FUNCTION plaza_domain_changed();
