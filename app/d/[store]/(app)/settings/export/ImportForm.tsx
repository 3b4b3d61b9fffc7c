"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { Notice } from "@/components/ui/Notice";
import { useReadOnlyControl } from "@/components/ui/ReadOnly";

type Outcome = { ok: true; rows: Record<string, number> } | { ok: false; error: string };

/** Uploads an export zip after the file is checked and the user confirms; the server imports it only into an empty store and says why otherwise. */
export function ImportForm({ uploadUrl, storeName }: { uploadUrl: string; storeName: string }) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [asking, setAsking] = useState<File | null>(null);
  const router = useRouter();
  const readOnly = useReadOnlyControl();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("archive");
    if (!(file instanceof File) || file.size === 0) {
      setFileError("Choose a zip file exported from Plaza.");
      return;
    }
    setFileError(null);
    setAsking(file);
  }

  async function upload(file: File) {
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
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending || readOnly.disabled} aria-describedby={readOnly.describedBy}>
          {pending ? "Importing…" : "Import"}
        </Button>
        {readOnly.note}
      </div>
      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => (open ? null : setAsking(null))}
        tone="primary"
        confirm={{ title: `Import ${asking?.name ?? "this archive"} into ${storeName}?`, description: "This only works while the store has no data; it cannot be undone.", actionLabel: "Import" }}
        onConfirm={() => {
          const file = asking;
          setAsking(null);
          if (file) void upload(file);
        }}
      />
      {outcome ? (
        <Notice tone={outcome.ok ? "success" : "error"}>
          {outcome.ok ? `Imported ${total.toLocaleString("en-US")} rows into ${Object.keys(outcome.rows).length} tables.` : outcome.error}
        </Notice>
      ) : null}
    </form>
  );
}
