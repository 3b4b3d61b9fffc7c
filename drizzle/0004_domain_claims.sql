DROP INDEX "store_domains_domain_key";--> statement-breakpoint
CREATE UNIQUE INDEX "store_domains_verified_domain_key" ON "store_domains" USING btree ("domain") WHERE status = 'verified';--> statement-breakpoint
CREATE UNIQUE INDEX "store_domains_store_domain_key" ON "store_domains" USING btree ("store_id","domain");--> statement-breakpoint
CREATE INDEX "store_domains_domain_idx" ON "store_domains" USING btree ("domain");