import Link from "next/link";
import { href } from "@/lib/tenancy/request";

/** The store settings' sub-pages, in the order owners look for them. */
export const SETTINGS_TABS = [
  { path: "/settings", label: "General" },
  { path: "/settings/domains", label: "Domains" },
  { path: "/settings/config", label: "Configuration" },
  { path: "/settings/api-keys", label: "API keys" },
  { path: "/settings/export", label: "Export" },
] as const;

export type SettingsTabPath = (typeof SETTINGS_TABS)[number]["path"];

/** Sub-navigation shown at the top of every settings page. */
export function SettingsTabs({ base, current }: { base: string; current: SettingsTabPath }) {
  return (
    <nav aria-label="Settings" className="mb-8 overflow-x-auto border-b border-zinc-200">
      <ul className="flex gap-1">
        {SETTINGS_TABS.map((tab) => (
          <li key={tab.path}>
            <Link
              href={href(base, tab.path)}
              aria-current={current === tab.path ? "page" : undefined}
              className="-mb-px inline-block whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm font-medium text-zinc-600 hover:text-zinc-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 aria-[current=page]:border-indigo-600 aria-[current=page]:text-indigo-700"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
