"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/FormMessage";
import { Notice } from "@/components/ui/Notice";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { moveStoreAction } from "./placement-actions";

type Progress = { running: boolean; step: string | null; table: string | null; rows: number | null; via: string | null; target: string | null };

const STEP: Record<string, string> = {
  starting: "Starting",
  provisioning: "Preparing the database (role, migrations, checks)",
  locking: "Pausing the store's writes",
  copying: "Copying",
  verifying: "Verifying the copy (row counts and checksums)",
  switching: "Switching the store over",
  cleaning: "Removing the old copy",
  done: "Done",
};

/**
 * Where the store's data lives (the shared pool or a dedicated database) and
 * the Move action. While a move runs — this admin's, or one started on
 * another instance or from the CLI (the page then arrives with
 * `initialMove`) — its step is polled from ./placement/route.ts; the
 * storefront keeps serving, writes wait. When a move seen running here ends,
 * the page is refreshed to show the new placement.
 */
export function PlacementPanel({
  slug,
  placement,
  label,
  problem,
  planOffersDedicated,
  planName,
  progressUrl,
  initialMove,
}: {
  slug: string;
  placement: "pool" | "dedicated";
  label: string | null;
  problem: string | null;
  planOffersDedicated: boolean;
  planName: string;
  progressUrl: string;
  initialMove: Progress;
}) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(moveStoreAction);
  const [to, setTo] = useState<"pool" | "dedicated">(placement === "pool" ? "dedicated" : "pool");
  const [progress, setProgress] = useState<Progress | null>(initialMove.running ? initialMove : null);
  const elsewhere = !pending && progress?.running === true;
  const router = useRouter();

  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);

  useEffect(() => {
    if (!pending && !elsewhere) return;
    let stopped = false;
    const poll = async () => {
      try {
        const res = await fetch(progressUrl, { cache: "no-store" });
        if (!res.ok || stopped) return;
        const next = (await res.json()) as Progress;
        setProgress(next);
        // Another's move ended: show where the store lives now.
        if (!pending && !next.running) router.refresh();
      } catch {
        // The next poll tries again; the move itself does not depend on it.
      }
    };
    const timer = setInterval(() => void poll(), pending ? 500 : 1000);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
      if (pending) setProgress(null);
    };
  }, [pending, elsewhere, progressUrl, router]);

  const urlError = fieldErrors.databaseUrl;
  const step = progress?.running && progress.step ? `${STEP[progress.step] ?? progress.step}${progress.table ? `: ${progress.table}` : ""}${progress.rows ? ` (${progress.rows.toLocaleString("en-US")} rows)` : ""}` : "Starting…";

  return (
    <div className="space-y-4">
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-md border border-zinc-200 p-4">
          <dt className="text-sm text-zinc-600">Placement</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="placement">{placement === "pool" ? "Shared pool" : "Dedicated database"}</dd>
        </div>
        {placement === "dedicated" ? (
          <div className="rounded-md border border-zinc-200 p-4">
            <dt className="text-sm text-zinc-600">Database</dt>
            <dd className="mt-1 break-all font-mono text-sm">{label}</dd>
          </div>
        ) : null}
      </dl>
      {problem ? (
        <Notice tone="error" live={false} title="The dedicated database is failing">
          Its {problem}. Only this store is affected: its storefront shows a temporarily-unavailable page and its API answers 503.
        </Notice>
      ) : null}
      <p className="text-sm text-zinc-700">
        {planOffersDedicated
          ? `The ${planName} plan includes a dedicated database.`
          : `A dedicated database is part of the Enterprise plan; as a platform admin you may place any store.`}{" "}
        A move copies the store’s rows, verifies them, switches in one step and removes the old copy. The storefront keeps serving; the store’s changes are refused with “store maintenance, back in a moment” while it is copied.
      </p>

      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Move this store">
        <input type="hidden" name="slug" value={slug} />
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800">Move to</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="to" value="pool" checked={to === "pool"} onChange={() => setTo("pool")} disabled={placement === "pool"}
                className="focus:outline-none focus:ring-2 focus:ring-indigo-500" />
              The shared pool{placement === "pool" ? " (current)" : ""}
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="to" value="dedicated" checked={to === "dedicated"} onChange={() => setTo("dedicated")}
                className="focus:outline-none focus:ring-2 focus:ring-indigo-500" />
              {placement === "dedicated" ? "Another dedicated database" : "A dedicated database"}
            </label>
          </div>
        </fieldset>
        {to === "dedicated" ? (
          <div>
            <label htmlFor="placement-url" className="block text-sm font-medium text-zinc-800">PostgreSQL address</label>
            <p id="placement-url-hint" className="text-sm text-zinc-600">A role that may create the database (or an empty database it may use). Stored encrypted; never shown again.</p>
            <input id="placement-url" name="databaseUrl" type="password" required pattern="postgres(ql)?://\S+" autoComplete="off" spellCheck={false} placeholder="postgres://user:password@host:5432/store_db"
              aria-invalid={urlError ? true : undefined} aria-describedby={urlError ? "placement-url-hint placement-url-error" : "placement-url-hint"}
              className="mt-1 block w-full max-w-xl rounded-md border border-zinc-300 px-3 py-2 font-mono text-sm focus:outline-none focus:ring-2 focus:ring-indigo-500" />
            {urlError ? <p id="placement-url-error" className="mt-1 text-sm text-red-700">{urlError.join(" ")}</p> : null}
          </div>
        ) : null}
        <SubmitButton pending={pending} pendingLabel="Moving…" disabled={elsewhere}
          confirm={{ title: "Move this store?", description: "Its writes pause while its rows are copied and verified; the storefront keeps serving.", actionLabel: "Move" }}>
          Move store
        </SubmitButton>
        {pending ? <p role="status" className="text-sm text-zinc-700" data-testid="move-progress">{step}</p> : null}
        {elsewhere ? (
          <Notice tone="info" live title={`A move to ${progress?.target === "pool" ? "the shared pool" : (progress?.target ?? "another database")} is running`}>
            <span data-testid="move-elsewhere">Started {progress?.via === "cli" ? "from the command line" : "from the console"}. {step}</span>
          </Notice>
        ) : null}
        <FormMessage state={state} />
      </form>
    </div>
  );
}
