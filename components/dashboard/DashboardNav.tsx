import Link from "next/link";
import { can, DASHBOARD_NAV, type Role } from "@/lib/auth/permissions";
import { href } from "@/lib/tenancy/request";

/** The dashboard menu: entries come from DASHBOARD_NAV and show only when the role has their permission. */
export function DashboardNav({ base, role, current }: { base: string; role: Role; current?: string }) {
  return (
    <nav aria-label="Dashboard">
      <ul className="flex gap-1">
        {DASHBOARD_NAV.filter((item) => can(role, item.permission)).map((item) => (
          <li key={item.path}>
            <Link
              href={href(base, item.path)}
              aria-current={current === item.path ? "page" : undefined}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
