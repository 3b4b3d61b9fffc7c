"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * Menu links with the current section marked (aria-current) from the
 * browser's path — the public URL, so it works in subdomain and path mode.
 * The longest matching entry wins, so /dashboard/orders/1001 marks "Orders"
 * and not "Overview".
 */
const TONES = {
  light: "text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white",
  dark: "text-zinc-200 hover:bg-zinc-700 aria-[current=page]:bg-white aria-[current=page]:text-zinc-900",
};

export function NavLinks({ items, label, tone = "light" }: { items: Array<{ href: string; label: string }>; label: string; tone?: keyof typeof TONES }) {
  const path = usePathname().replace(/\/$/, "") || "/";
  const norm = (h: string) => h.replace(/\/$/, "") || "/";
  const current = items
    .map((i) => norm(i.href))
    .filter((h) => path === h || path.startsWith(`${h}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={norm(item.href) === current ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${TONES[tone]}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
