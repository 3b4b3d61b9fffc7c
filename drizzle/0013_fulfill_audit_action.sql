-- Decision 0014: one spelling, "fulfill" (as in the fulfillment_status column).
-- Audit entries written before the rename said "order.fulfil"; they name the
-- same event, so they are renamed with it and the audit page and its filters
-- see one action name.
UPDATE "audit_log" SET "action" = 'order.fulfill' WHERE "action" = 'order.fulfil';
