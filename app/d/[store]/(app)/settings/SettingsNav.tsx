"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The settings sub-menu; the current page is marked from the browser's path (public URL in every routing mode). */
export function SettingsNav({ items }: { items: Array<{ href: string; label: string }> }) {
  const pathname = usePathname().replace(/\/$/, "");
  return (
    <nav aria-label="Settings">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={pathname === item.href.replace(/\/$/, "") ? "page" : undefined}
              className="block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-zinc-700 hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-indigo-500 aria-[current=page]:bg-zinc-100 aria-[current=page]:text-zinc-900"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
