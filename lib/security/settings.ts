import "server-only";
import { env } from "@/lib/env";
import type { PolicySettings } from "./policy";

// Read once per env() (which is itself parsed once): routing asks on every request.
let settings: { from: ReturnType<typeof env>; value: PolicySettings } | undefined;

/** The runtime settings the security headers depend on (lib/security/policy.ts). */
export function policySettings(): PolicySettings {
  const e = env();
  if (settings?.from !== e) {
    settings = {
      from: e,
      value: {
        dev: process.env.NODE_ENV === "development",
        protocol: e.PUBLIC_PROTOCOL,
        imageOrigins: e.CSP_IMAGE_ORIGINS,
        // Card checkout leaves for Stripe's hosted page (or the local stand-in that plays it).
        formOrigins: [e.STRIPE_API_BASE ? new URL(e.STRIPE_API_BASE).origin : "https://checkout.stripe.com"],
        hstsIncludeSubdomains: e.HSTS_INCLUDE_SUBDOMAINS,
      },
    };
  }
  return settings.value;
}
