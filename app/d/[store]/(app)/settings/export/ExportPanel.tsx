"use client";
import { useEffect, useRef, useState } from "react";

type State =
  | { kind: "idle" }
  | { kind: "downloading"; bytes: number; rows: number | null; tables: number | null }
  | { kind: "done"; url: string; filename: string; bytes: number; rows: number | null }
  | { kind: "error"; message: string };

export const formatBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`);

/**
 * Downloads the export with fetch, reading the stream so the page can show
 * how much has arrived, then offers the finished archive as a "Save" link
 * (a Blob URL). The row totals come from response headers.
 */
export function ExportPanel({ downloadUrl }: { downloadUrl: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const urlRef = useRef<string | null>(null);
  useEffect(() => () => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
  }, []);

  async function start() {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
    setState({ kind: "downloading", bytes: 0, rows: null, tables: null });
    try {
      const res = await fetch(downloadUrl, { credentials: "same-origin", cache: "no-store" });
      if (!res.ok || !res.body) throw new Error(res.status === 404 ? "You are not allowed to export this store." : `The server answered ${res.status}.`);
      const rows = Number(res.headers.get("x-plaza-export-rows")) || null;
      const tables = Number(res.headers.get("x-plaza-export-tables")) || null;
      const filename = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "store-export.zip";
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        bytes += value.length;
        setState({ kind: "downloading", bytes, rows, tables });
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: "application/zip" }));
      urlRef.current = url;
      setState({ kind: "done", url, filename, bytes, rows });
    } catch (err) {
      setState({ kind: "error", message: err instanceof Error ? err.message : "The download failed." });
    }
  }

  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={start}
        disabled={state.kind === "downloading"}
        className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2 disabled:opacity-60"
      >
        {state.kind === "downloading" ? "Preparing export…" : state.kind === "done" ? "Download again" : "Download export"}
      </button>
      <div aria-live="polite" className="text-sm text-zinc-700">
        {state.kind === "downloading" ? (
          <div className="space-y-2">
            <progress className="h-2 w-full max-w-md" aria-label="Export progress" />
            <p data-testid="export-progress">
              Received {formatBytes(state.bytes)}
              {state.rows !== null ? ` of an archive of ${state.rows.toLocaleString("en-US")} rows in ${state.tables} tables` : ""}…
            </p>
          </div>
        ) : null}
        {state.kind === "done" ? (
          <p className="flex flex-wrap items-center gap-3">
            <span>
              Export ready: {formatBytes(state.bytes)}
              {state.rows !== null ? `, ${state.rows.toLocaleString("en-US")} rows` : ""}.
            </span>
            <a href={state.url} download={state.filename} className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 font-semibold text-indigo-700 hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-indigo-500">
              Save {state.filename}
            </a>
          </p>
        ) : null}
        {state.kind === "error" ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
