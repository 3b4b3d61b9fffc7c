"use client";
import { useMemo, useState } from "react";
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  filterFn_includesString,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, Search } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import { Button } from "./button";

/*
 * The one data table (TanStack Table v9) for every list in the dashboard and
 * console. Rows arrive as plain data plus already-rendered cells, so a server
 * page can hand its rows straight over (React elements cross the server →
 * client boundary; functions would not) and a client list can do the same.
 *
 * Sorting and the search/select filters work on the rows loaded. The server
 * keeps its own paging (keyset cursors for "Load more", page links for the
 * console) and its own filters (the status pills): those arrive as `footer`
 * and `toolbar`, and the table never pretends to sort rows it has not got.
 * Without a server pager, long lists are paged here (`pageSize`).
 */

export type DataColumn = {
  id: string;
  header: React.ReactNode;
  /** The header is only for screen readers (an image or actions column). */
  srOnlyHeader?: boolean;
  sortable?: boolean;
  align?: "left" | "right" | "center";
  /** This column names the row (a <th scope="row">), as in a matrix. */
  rowHeader?: boolean;
  className?: string;
};

export type DataRow = {
  id: string;
  cells: Record<string, React.ReactNode>;
  /** The value each sortable column sorts by (a number for money, dates as epoch ms). */
  sort?: Record<string, string | number | null>;
  /** The text the search box matches (e.g. "Blue mug blue-mug"). */
  search?: string;
  /** Each select filter's value for this row (e.g. { status: "draft" }). */
  facets?: Record<string, string>;
  /** Marks the row (e.g. a revoked key), for styling only. */
  muted?: boolean;
};

export type DataFacet = { id: string; label: string; options: Array<{ value: string; label: string }> };

type Item = DataRow;

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString, equalsString: filterFn_equalsString },
});

const SEARCH_COLUMN = "__search";
const facetColumn = (id: string) => `__facet_${id}`;

export function DataTable({
  label,
  columns,
  rows,
  empty = "Nothing here yet.",
  loading = false,
  loadingLabel = "Loading…",
  error,
  search,
  facets = [],
  toolbar,
  footer,
  pageSize,
  defaultSort,
  caption,
  foot,
}: {
  /** The table's accessible name ("Products"). */
  label: string;
  columns: DataColumn[];
  rows: DataRow[];
  /** What an empty list says — ideally what to do next. */
  empty?: React.ReactNode;
  loading?: boolean;
  loadingLabel?: string;
  /** A failed load, with a retry. */
  error?: { message: string; retry?: () => void } | null;
  /** Shows a search box over the rows' `search` text. */
  search?: { label: string; placeholder?: string };
  facets?: DataFacet[];
  /** Server-side filters (links or pills) shown above the table. */
  toolbar?: React.ReactNode;
  /** Server paging ("Load more", page links) shown below the table. */
  footer?: React.ReactNode;
  /** Pages the loaded rows in the browser (lists without server paging). */
  pageSize?: number;
  defaultSort?: { id: string; desc?: boolean };
  caption?: React.ReactNode;
  /** Summary rows (<tr>s) for a <tfoot>, e.g. an order's subtotal and total. */
  foot?: React.ReactNode;
}) {
  const [sorting, setSorting] = useState<SortingState>(defaultSort ? [{ id: defaultSort.id, desc: Boolean(defaultSort.desc) }] : []);
  const [globalFilter, setGlobalFilter] = useState("");
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: pageSize ?? 1_000_000 });

  const tableColumns = useMemo(
    () => [
      ...columns.map((c) => ({
        id: c.id,
        accessorFn: (r: Item) => r.sort?.[c.id] ?? null,
        header: () => c.header,
        cell: ({ row }: { row: { original: Item } }) => row.original.cells[c.id] ?? null,
        enableSorting: Boolean(c.sortable),
        enableGlobalFilter: false,
        sortFn: "alphanumeric" as const,
        sortUndefined: "last" as const,
      })),
      { id: SEARCH_COLUMN, accessorFn: (r: Item) => r.search ?? "", enableGlobalFilter: true, enableSorting: false, filterFn: "includesString" as const },
      ...facets.map((f) => ({ id: facetColumn(f.id), accessorFn: (r: Item) => r.facets?.[f.id] ?? "", enableGlobalFilter: false, enableSorting: false, filterFn: "equalsString" as const })),
    ],
    [columns, facets],
  );

  const table = useTable({
    features,
    columns: tableColumns,
    data: rows,
    getRowId: (r: Item) => r.id,
    state: { sorting, globalFilter, columnFilters, pagination },
    onSortingChange: setSorting,
    onGlobalFilterChange: (u) => {
      setGlobalFilter(u);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onColumnFiltersChange: (u) => {
      setColumnFilters(u);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    onPaginationChange: setPagination,
    globalFilterFn: "includesString",
    enableSortingRemoval: true,
  });

  const visible = columns;
  const shown = table.getRowModel().rows;
  const filteredCount = table.getFilteredRowModel().rows.length;
  const filtering = globalFilter !== "" || columnFilters.length > 0;
  const pageCount = table.getPageCount();

  const controls = search || facets.length || toolbar;

  return (
    <div className="space-y-3">
      {controls ? (
        <div className="flex flex-wrap items-end gap-3">
          {toolbar}
          {search ? (
            <label className="relative block max-w-full">
              <span className="sr-only">{search.label}</span>
              <Search aria-hidden="true" className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-zinc-500" />
              <input
                type="search"
                value={globalFilter}
                onChange={(e) => table.setGlobalFilter(e.target.value)}
                placeholder={search.placeholder ?? search.label}
                className="w-72 max-w-full rounded-md border border-zinc-300 bg-white py-1.5 pl-8 pr-3 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
              />
            </label>
          ) : null}
          {facets.map((f) => (
            <label key={f.id} className="flex items-center gap-2 text-sm text-zinc-700">
              {f.label}
              <select
                value={(columnFilters.find((c) => c.id === facetColumn(f.id))?.value as string | undefined) ?? ""}
                onChange={(e) => table.getColumn(facetColumn(f.id))?.setFilterValue(e.target.value || undefined)}
                className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
              >
                <option value="">All</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : null}

      {error ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <span>{error.message}</span>
          {error.retry ? (
            <Button variant="secondary" size="sm" onClick={error.retry}>
              Try again
            </Button>
          ) : null}
        </div>
      ) : loading ? (
        <p role="status" className="rounded-lg border border-dashed border-zinc-300 bg-white px-4 py-8 text-center text-zinc-500">
          {loadingLabel}
        </p>
      ) : rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white px-4 py-8 text-center text-zinc-600">{empty}</div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="min-w-full text-sm" aria-label={label}>
            {caption ? <caption className="px-4 py-2 text-left text-sm text-zinc-600">{caption}</caption> : null}
            <thead className="bg-zinc-50 text-left text-zinc-600">
              <tr>
                {visible.map((c) => {
                  const column = table.getColumn(c.id);
                  const dir = column?.getIsSorted();
                  const Icon = dir === "asc" ? ArrowUp : dir === "desc" ? ArrowDown : ArrowUpDown;
                  return (
                    <th
                      key={c.id}
                      scope="col"
                      aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : undefined}
                      className={cn("px-4 py-2 font-semibold", c.align === "right" && "text-right", c.align === "center" && "text-center", c.className)}
                    >
                      {c.srOnlyHeader ? (
                        <span className="sr-only">{c.header}</span>
                      ) : c.sortable && column ? (
                        <button
                          type="button"
                          onClick={column.getToggleSortingHandler()}
                          className={cn("inline-flex items-center gap-1 rounded hover:text-zinc-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500", c.align === "right" && "flex-row-reverse")}
                        >
                          {c.header}
                          <Icon aria-hidden="true" className={cn("size-3.5", dir ? "text-zinc-900" : "text-zinc-400")} />
                          <span className="sr-only">{dir === "asc" ? "(sorted ascending)" : dir === "desc" ? "(sorted descending)" : "(sort)"}</span>
                        </button>
                      ) : (
                        c.header
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {shown.length === 0 ? (
                <tr>
                  <td colSpan={visible.length} className="px-4 py-6 text-center text-zinc-600">
                    No rows match the filter.
                  </td>
                </tr>
              ) : (
                shown.map((row) => (
                  <tr key={row.id} className={cn(row.original.muted && "text-zinc-500")}>
                    {visible.map((c) => {
                      const Cell = c.rowHeader ? "th" : "td";
                      return (
                        <Cell
                          key={c.id}
                          scope={c.rowHeader ? "row" : undefined}
                          className={cn("px-4 py-2 align-middle", c.rowHeader && "text-left font-normal", c.align === "right" && "text-right", c.align === "center" && "text-center", c.className)}
                        >
                          {row.original.cells[c.id] ?? null}
                        </Cell>
                      );
                    })}
                  </tr>
                ))
              )}
            </tbody>
            {foot ? <tfoot className="text-right">{foot}</tfoot> : null}
          </table>
        </div>
      )}

      {filtering && rows.length > 0 ? (
        <p role="status" className="text-xs text-zinc-600">
          {filteredCount} of {rows.length} shown
        </p>
      ) : null}
      {pageSize && pageCount > 1 ? (
        <nav aria-label={`${label} pages`} className="flex items-center gap-3 text-sm">
          <Button variant="secondary" size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            <ChevronLeft aria-hidden="true" /> Previous
          </Button>
          <span>
            Page {pagination.pageIndex + 1} of {pageCount}
          </span>
          <Button variant="secondary" size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next <ChevronRight aria-hidden="true" />
          </Button>
        </nav>
      ) : null}
      {footer}
    </div>
  );
}
