import Link from "next/link";

/** A row of filter links ("pending", "active", …), the current one marked for screen readers and by style. */
export function FilterPills({ label, items }: { label: string; items: Array<{ key: string; label: string; href: string; current: boolean }> }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {items.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          aria-current={item.current ? "page" : undefined}
          className="rounded-full border border-zinc-300 px-3 py-1 text-sm capitalize focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 aria-[current=page]:border-zinc-900 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
