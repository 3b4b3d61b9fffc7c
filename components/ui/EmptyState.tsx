/** An empty list's one look: a dashed box that says what is missing and what to do next. */
export function EmptyState({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <div className={`rounded-lg border border-dashed border-zinc-300 bg-white px-4 py-8 text-center text-zinc-600 ${className}`}>{children}</div>;
}
