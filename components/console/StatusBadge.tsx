const COLORS: Record<string, string> = {
  active: "bg-green-100 text-green-800",
  suspended: "bg-amber-100 text-amber-900",
  pending: "bg-zinc-100 text-zinc-700",
  rejected: "bg-red-100 text-red-800",
};

/** A store's status as a small label; "deleting" when a purge is scheduled. */
export function StatusBadge({ status, deleting = false }: { status: string; deleting?: boolean }) {
  return (
    <span className="inline-flex gap-1">
      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${COLORS[status] ?? COLORS.pending}`}>{status}</span>
      {deleting ? <span className="rounded bg-red-600 px-1.5 py-0.5 text-xs font-semibold uppercase text-white">deleting</span> : null}
    </span>
  );
}
