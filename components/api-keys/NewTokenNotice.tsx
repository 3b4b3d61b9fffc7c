"use client";
import { CopyButton } from "@/components/dashboard/CopyButton";

/** The new key's token, shown once: only its hash is stored, so it cannot be shown again. */
export function NewTokenNotice({ token }: { token: string }) {
  return (
    <div role="status" className="rounded-lg border border-green-300 bg-green-50 p-4">
      <p className="font-semibold text-green-900">Your new API key</p>
      <p className="mt-1 text-sm text-green-900">Copy it now and keep it somewhere safe: it will not be shown again. Anyone with it can use the API with its scopes.</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="new-api-token">
          {token}
        </code>
        <CopyButton value={token} label="Copy key" />
      </div>
    </div>
  );
}
