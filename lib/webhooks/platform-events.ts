/** The events the platform's webhook endpoints may choose (lib/webhooks/platform.ts; queued by drizzle/0021_api.sql). */
export const PLATFORM_WEBHOOK_EVENTS = [
  "store.created",
  "store.suspended",
  "store.reactivated",
  "store.deletion_requested",
  "store.restored",
  "store.purged",
  "domain.verified",
  "domain.failed",
] as const;
export type PlatformWebhookEvent = (typeof PLATFORM_WEBHOOK_EVENTS)[number];
