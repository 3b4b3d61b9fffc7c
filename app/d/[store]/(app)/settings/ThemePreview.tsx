/** A miniature of the storefront header (app/s/[store]/layout.tsx), drawn from the form's current values. */
export function ThemePreview({ storeName, tagline, primaryColor, logoUrl }: { storeName: string; tagline: string; primaryColor: string; logoUrl: string | null }) {
  return (
    <figure className="overflow-hidden rounded-lg border border-zinc-200" aria-label="Storefront preview" data-testid="theme-preview">
      <div className="flex items-center justify-between gap-3 border-b border-zinc-200 bg-white px-4 py-3">
        <div className="flex min-w-0 items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (object URL) or the store's own upload */}
          {logoUrl ? <img src={logoUrl} alt="" className="h-8 w-8 rounded object-contain" /> : null}
          <span className="flex min-w-0 flex-col">
            <span className="truncate font-bold" style={{ color: primaryColor }}>{storeName}</span>
            {tagline ? <span className="truncate text-xs text-zinc-600">{tagline}</span> : null}
          </span>
        </div>
        <span className="inline-flex items-center gap-1 rounded-md border border-zinc-300 px-2 py-1 text-xs">
          Cart
          <span className="rounded-full px-1.5 text-white" style={{ backgroundColor: primaryColor }}>2</span>
        </span>
      </div>
      <div className="grid grid-cols-2 gap-3 bg-zinc-50 p-4">
        {["Product", "Another product"].map((t) => (
          <div key={t} className="rounded-md border border-zinc-200 bg-white p-3">
            <div className="h-12 rounded bg-zinc-100" />
            <p className="mt-2 text-xs font-medium">{t}</p>
            <span className="mt-2 inline-block rounded px-2 py-0.5 text-xs text-white" style={{ backgroundColor: primaryColor }}>Add to cart</span>
          </div>
        ))}
      </div>
      <figcaption className="border-t border-zinc-200 bg-white px-4 py-2 text-xs text-zinc-500">Preview — not saved until you press Save theme.</figcaption>
    </figure>
  );
}
