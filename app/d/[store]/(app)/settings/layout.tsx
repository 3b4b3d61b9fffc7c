import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/access/edges";
import { href, requestBase } from "@/lib/tenancy/request";
import { SETTINGS_NAV } from "./nav";
import { SettingsNav } from "./SettingsNav";

/** The settings section: its own sub-menu beside the page. Each page checks access again. */
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ store: string }> }) {
  const access = await requireMember((await params).store, "settings:read");
  const base = await requestBase();
  const items = SETTINGS_NAV.filter((i) => can(access.role, i.permission)).map((i) => ({ href: href(base, i.path), label: i.label }));
  return (
    <div>
      <h1 className="text-2xl font-bold">Settings</h1>
      <div className="mt-6 flex flex-col gap-6 md:flex-row md:gap-10">
        <aside className="md:w-48 md:shrink-0">
          <SettingsNav items={items} />
        </aside>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </div>
  );
}
