import type { Permission } from "@/lib/auth/permissions";

/**
 * The settings section's own menu. A new settings page (domains, API keys,
 * export…) adds its folder under settings/ and one line here; the layout
 * shows each entry to roles with its permission.
 */
export const SETTINGS_NAV: ReadonlyArray<{ path: string; label: string; permission: Permission }> = [
  { path: "/settings", label: "Store & theme", permission: "settings:read" },
  { path: "/settings/domains", label: "Domains", permission: "settings:read" },
  { path: "/settings/payments", label: "Payments", permission: "settings:read" },
  { path: "/settings/config", label: "Configuration", permission: "settings:read" },
  { path: "/settings/api-keys", label: "API keys", permission: "settings:read" },
  { path: "/settings/webhooks", label: "Webhooks", permission: "settings:read" },
  { path: "/settings/export", label: "Export & import", permission: "settings:write" },
];
