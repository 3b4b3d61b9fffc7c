import Link from "next/link";

/** Previous / next links that keep the other query parameters (filters). */
export function Pager({ page, pageSize, total, hrefFor }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
      {page > 1 ? <Link className="text-indigo-700 underline" href={hrefFor(page - 1)}>← Previous</Link> : <span className="text-zinc-600">← Previous</span>}
      <span>
        Page {page} of {pages} ({total} total)
      </span>
      {page < pages ? <Link className="text-indigo-700 underline" href={hrefFor(page + 1)}>Next →</Link> : <span className="text-zinc-600">Next →</span>}
    </nav>
  );
}
