"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";

type Outcome = { ok: true; rows: Record<string, number> } | { ok: false; error: string };

/** Uploads an export zip; the server imports it only into an empty store and says why otherwise. */
export function ImportForm({ uploadUrl, storeName }: { uploadUrl: string; storeName: string }) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const router = useRouter();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("archive");
    if (!(file instanceof File) || file.size === 0) {
      setFileError("Choose a zip file exported from Plaza.");
      return;
    }
    setFileError(null);
    if (!window.confirm(`Import ${file.name} into ${storeName}? This only works while the store has no data.`)) return;
    setPending(true);
    setOutcome(null);
    try {
      const res = await fetch(uploadUrl, { method: "POST", body: file, headers: { "content-type": "application/zip" }, credentials: "same-origin" });
      const body = (await res.json().catch(() => ({ ok: false, error: `The server answered ${res.status}.` }))) as Outcome;
      setOutcome(body);
      if (body.ok) router.refresh();
    } catch {
      setOutcome({ ok: false, error: "The upload failed. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  const total = outcome?.ok ? Object.values(outcome.rows).reduce((a, b) => a + b, 0) : 0;
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Import an export" noValidate>
      <div>
        <label htmlFor="import-archive" className="block text-sm font-medium text-zinc-800">
          Export archive (.zip, up to 50 MB)
        </label>
        <input
          id="import-archive"
          name="archive"
          type="file"
          accept=".zip,application/zip"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "import-archive-error" : undefined}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
        />
        {fileError ? (
          <p id="import-archive-error" className="mt-1 text-sm text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold text-zinc-800 shadow-sm hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2 disabled:opacity-60"
      >
        {pending ? "Importing…" : "Import"}
      </button>
      {outcome ? (
        <p role={outcome.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${outcome.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}>
          {outcome.ok ? `Imported ${total.toLocaleString("en-US")} rows into ${Object.keys(outcome.rows).length} tables.` : outcome.error}
        </p>
      ) : null}
    </form>
  );
}
