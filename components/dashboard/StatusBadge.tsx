/** A status as a small coloured pill; the text is the status in words ("partially refunded"), so colour is never the only signal. */
const COLORS: Record<string, string> = {
  active: "bg-green-100 text-green-800",
  open: "bg-blue-100 text-blue-800",
  paid: "bg-green-100 text-green-800",
  fulfilled: "bg-green-100 text-green-800",
  draft: "bg-zinc-100 text-zinc-700",
  pending: "bg-amber-100 text-amber-800",
  unfulfilled: "bg-amber-100 text-amber-800",
  partially_fulfilled: "bg-blue-100 text-blue-800",
  archived: "bg-zinc-200 text-zinc-600",
  cancelled: "bg-red-100 text-red-800",
  voided: "bg-zinc-200 text-zinc-600",
  refunded: "bg-purple-100 text-purple-800",
  partially_refunded: "bg-purple-100 text-purple-800",
  failed: "bg-red-100 text-red-800",
  disputed: "bg-red-100 text-red-800",
  expired: "bg-zinc-200 text-zinc-600",
  closed: "bg-zinc-200 text-zinc-600",
};

export function StatusBadge({ value, label }: { value: string; label?: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${COLORS[value] ?? "bg-zinc-100 text-zinc-700"}`}>
      {label ? <span className="sr-only">{label}: </span> : null}
      {value.replaceAll("_", " ")}
    </span>
  );
}
