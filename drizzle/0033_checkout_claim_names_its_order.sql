-- A checkout's claim names its order from the start (issue 12; decision 0038).
-- The claim row was written with no order and updated with the order's id in
-- the checkout's batch, one more statement while the stock and counter rows
-- are locked. With the foreign key checked at COMMIT, the claim carries the
-- id the checkout has already drawn, and the order it names is inserted later
-- in the same transaction. A checkout that rolls back takes its claim with it,
-- as before; a committed claim always names an order that exists.
ALTER TABLE "checkout_requests" ALTER CONSTRAINT "checkout_requests_order_fk" DEFERRABLE INITIALLY DEFERRED;
