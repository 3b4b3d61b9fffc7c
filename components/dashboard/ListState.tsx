"use client";

/** Loading, error (with retry) and empty states of a react-query list; renders the list otherwise. */
export function ListState({
  query,
  empty,
  emptyText,
  noun,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };
  empty: boolean;
  emptyText: string;
  noun: string;
  children: React.ReactNode;
}) {
  if (query.isPending) {
    return (
      <p role="status" className="rounded-lg border border-dashed border-zinc-300 px-4 py-8 text-center text-zinc-500">
        Loading {noun}…
      </p>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-4 py-3 text-sm text-red-800">
        <span>{query.error?.message ?? `Could not load ${noun}.`}</span>
        <button type="button" onClick={() => void query.refetch()} className="rounded-md border border-red-300 bg-white px-3 py-1 font-medium hover:bg-red-100 focus:outline-none focus:ring-2 focus:ring-red-500">
          Try again
        </button>
      </div>
    );
  }
  if (empty) return <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-8 text-center text-zinc-600">{emptyText}</p>;
  return <>{children}</>;
}
