-- The dashboard's lookup cache (lib/stores/access-cache.ts) hears of changes
-- to who may enter a store the way the routing caches hear of store changes
-- (0011): the database announces them on commit, whoever wrote — the app, a
-- script, a cascade from a deleted store or user.
--  * ("membership", "<store id>:<user id>") for a membership made, changed in
--    what the access decision reads (role, status, decision reason) or gone;
--  * ("user", id) for a user whose email, name, platform-admin flag or session
--    version (a password reset ends their sessions) changed, or who was
--    deleted (a password change alone announces nothing).
CREATE OR REPLACE FUNCTION plaza_membership_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.store_id, OLD.user_id, OLD.role, OLD.status, OLD.decision_reason)
      IS NOT DISTINCT FROM (NEW.store_id, NEW.user_id, NEW.role, NEW.status, NEW.decision_reason) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM plaza_announce('membership', OLD.store_id::text || ':' || OLD.user_id::text);
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW.store_id, NEW.user_id) IS DISTINCT FROM (OLD.store_id, OLD.user_id)) THEN
    PERFORM plaza_announce('membership', NEW.store_id::text || ':' || NEW.user_id::text);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_announce_change
  AFTER INSERT OR UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION plaza_membership_changed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION plaza_user_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.id, OLD.email, OLD.name, OLD.is_platform_admin, OLD.session_version)
      IS NOT DISTINCT FROM (NEW.id, NEW.email, NEW.name, NEW.is_platform_admin, NEW.session_version) THEN
    RETURN NULL;
  END IF;
  PERFORM plaza_announce('user', OLD.id::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_announce_change
  AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION plaza_user_changed();
