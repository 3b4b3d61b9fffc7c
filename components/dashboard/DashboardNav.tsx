import { can, DASHBOARD_NAV, type Role } from "@/lib/auth/permissions";
import { href } from "@/lib/tenancy/request";
import { NavLinks } from "@/components/ui/NavLinks";

/** The dashboard menu: entries come from DASHBOARD_NAV and show only when the role has their permission. */
export function DashboardNav({ base, role }: { base: string; role: Role }) {
  const items = DASHBOARD_NAV.filter((item) => can(role, item.permission)).map((item) => ({ href: href(base, item.path), label: item.label }));
  return <NavLinks items={items} label="Dashboard" />;
}
