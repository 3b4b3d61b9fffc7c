import { AUDIT_KIND_KEYS, AUDIT_KINDS, type AuditKind, type HistoryQuery } from "@/lib/audit/describe";
import { DataTable, type DataRow } from "@/components/ui/DataTable";
import { Time } from "@/components/ui/Time";
import type { HistoryEntry } from "@/lib/audit/history";

/** One entry as a sentence: actor, verb, the object's name as a link, and the reason below. */
export function AuditSentenceView({ entry, showStore = false }: { entry: HistoryEntry; showStore?: boolean }) {
  const s = entry.sentence;
  return (
    <>
      <span className="font-medium">{s.actor}</span>
      {entry.asSupport ? <span className="text-violet-800"> (support)</span> : null} {s.before}
      {s.object ? (
        <>
          {" "}
          {s.object.href ? (
            <a className="font-medium italic text-indigo-700 underline" href={s.object.href}>{s.object.name}</a>
          ) : (
            <em className="font-medium">{s.object.name}</em>
          )}
        </>
      ) : null}
      {s.after}
      {showStore && entry.store && !(s.object && s.object.name === entry.store.name) ? <span className="text-zinc-600"> in {entry.store.name}</span> : null}
      {entry.reason ? <span className="mt-0.5 block text-zinc-700">Reason: {entry.reason}</span> : null}
    </>
  );
}

/**
 * The history in the one data table: when (relative, exact on hover), and
 * what happened as a sentence. Sorting and the search box work on the entries
 * loaded; the filter form above asks the server for others.
 */
export function AuditHistory({ entries, label, showStore = false, empty = "Nothing has happened here yet." }: { entries: HistoryEntry[]; label: string; showStore?: boolean; empty?: React.ReactNode }) {
  const rows: DataRow[] = entries.map((e) => ({
    id: String(e.id),
    cells: {
      when: <Time value={e.createdAt} relative className="whitespace-nowrap text-zinc-700" />,
      what: <AuditSentenceView entry={e} showStore={showStore} />,
    },
    sort: { when: e.createdAt.getTime() },
    search: `${e.sentence.actor} ${e.sentence.before} ${e.sentence.object?.name ?? ""}${e.sentence.after} ${e.reason ?? ""} ${e.store?.name ?? ""}`,
  }));
  return (
    <DataTable
      label={label}
      columns={[
        { id: "when", header: "When", sortable: true, className: "w-44 align-top" },
        { id: "what", header: "What happened" },
      ]}
      rows={rows}
      empty={empty}
      defaultSort={{ id: "when", desc: true }}
      search={entries.length > 10 ? { label: `Search ${label.toLowerCase()}`, placeholder: "Search these entries" } : undefined}
    />
  );
}

/** Filter by actor, kind and date: a plain GET form, so a filtered view is a link one can share. */
export function AuditFilters({ action, query, actors, kinds = AUDIT_KIND_KEYS, extra }: {
  action: string;
  query: HistoryQuery;
  actors: { id: string; name: string; email: string }[];
  kinds?: readonly AuditKind[];
  extra?: React.ReactNode;
}) {
  const input = "mt-1 block rounded-md border border-zinc-400 bg-white px-3 py-2 text-sm";
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Filter history">
      {extra}
      <div>
        <label htmlFor="h-actor" className="block text-sm font-medium">Who</label>
        <select id="h-actor" name="actor" defaultValue={query.actor ?? ""} className={input}>
          <option value="">Anyone</option>
          {actors.map((a) => <option key={a.id} value={a.id}>{a.name || a.email}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="h-kind" className="block text-sm font-medium">What</label>
        <select id="h-kind" name="kind" defaultValue={query.kind ?? ""} className={input}>
          <option value="">Everything</option>
          {kinds.map((k) => <option key={k} value={k}>{AUDIT_KINDS[k].label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="h-from" className="block text-sm font-medium">From</label>
        <input id="h-from" type="date" name="from" defaultValue={query.from ?? ""} className={input} />
      </div>
      <div>
        <label htmlFor="h-to" className="block text-sm font-medium">To</label>
        <input id="h-to" type="date" name="to" defaultValue={query.to ?? ""} className={input} />
      </div>
      <button type="submit" className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-semibold text-white">Filter</button>
      <a href={action} className="py-2 text-sm text-indigo-700 underline">Clear</a>
    </form>
  );
}

/** Newer / older links that keep the filter. */
export function HistoryPager({ action, query, hasMore, extra = {} }: { action: string; query: HistoryQuery; hasMore: boolean; extra?: Record<string, string> }) {
  const link = (page: number) => {
    const p = new URLSearchParams(extra);
    for (const k of ["actor", "kind", "from", "to"] as const) if (query[k]) p.set(k, query[k]!);
    if (page > 1) p.set("page", String(page));
    const qs = p.toString();
    return qs ? `${action}?${qs}` : action;
  };
  if (query.page === 1 && !hasMore) return null;
  return (
    <nav aria-label="Pages" className="flex gap-4 text-sm">
      {query.page > 1 ? <a className="text-indigo-700 underline" href={link(query.page - 1)}>← Newer</a> : null}
      {hasMore ? <a className="text-indigo-700 underline" href={link(query.page + 1)}>Older →</a> : null}
    </nav>
  );
}
