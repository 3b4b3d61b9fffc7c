/**
 * The first thing a keyboard user reaches: jumps past the header and menu to
 * the page's content (the element with id="main", focusable with tabIndex -1).
 * Hidden until focused.
 */
export function SkipLink({ target = "main" }: { target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only z-50 rounded-md bg-white px-4 py-2 text-sm font-semibold text-zinc-900 shadow focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
    >
      Skip to content
    </a>
  );
}
