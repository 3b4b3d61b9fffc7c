/** The product's picture, or a tile with its initial when it has none. */
export function ProductImage({ src, title, className = "" }: { src: string | null; title: string; className?: string }) {
  if (src) {
    // eslint-disable-next-line @next/next/no-img-element -- store uploads are served as-is, not through the image optimizer
    return <img src={src} alt={title} className={`aspect-square w-full rounded-md object-cover ${className}`} />;
  }
  return (
    <div aria-hidden="true" className={`flex aspect-square w-full items-center justify-center rounded-md bg-zinc-100 text-4xl font-bold text-zinc-400 ${className}`}>
      {title.slice(0, 1).toUpperCase()}
    </div>
  );
}
