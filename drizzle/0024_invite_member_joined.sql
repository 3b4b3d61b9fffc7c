-- Issue 16: a member who joins by accepting an invitation (lib/stores/invites.ts
-- records `member.invite_accepted`) is a `member.joined` event, as a member
-- approved from a join request already was; until now the invitation path was
-- missed because 0016's mapping predates invitations. The function is replaced
-- whole: the mapping is the one list of which audit actions are events.
-- (`product.opted_in` stays unmapped: an opt-in makes its product through
-- createProduct, whose `product.created` is the one `product.changed`.)
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
    WHEN 'member.invite_accepted' THEN 'member.joined'
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
