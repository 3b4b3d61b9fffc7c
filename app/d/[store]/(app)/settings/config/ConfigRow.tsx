"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { deleteConfigAction, setConfigAction } from "./actions";

export type ConfigItem = { key: string; label: string; help: string; secret: boolean; display: string | null; multiline: boolean };

/**
 * One setting: its current value and a form to change or clear it. A secret
 * is write-only: the page only knows it is set (masked), and its input starts
 * empty behind "Replace".
 */
export function ConfigRow({ item, canWrite }: { item: ConfigItem; canWrite: boolean }) {
  const save = useActionForm(setConfigAction);
  const clear = useActionForm(deleteConfigAction);
  const router = useRouter();
  // "Replace" opens the secret's input until the next successful save (the state it was opened at is remembered).
  const [replacingSince, setReplacingSince] = useState<object | null>(null);
  const replacing = replacingSince !== null && !(save.state.ok && save.state !== replacingSince);
  useEffect(() => {
    if (save.state.ok || clear.state.ok) router.refresh();
  }, [save.state, clear.state, router]);

  const id = `config-${item.key.replace(/\W/g, "-")}`;
  const showInput = canWrite && (!item.secret || item.display === null || replacing);

  return (
    <li className="grid gap-3 px-4 py-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]" aria-label={item.label}>
      <div>
        <p className="font-semibold">
          {item.label} {item.secret ? <span className="ml-1 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-700">secret</span> : null}
        </p>
        <p className="text-sm text-zinc-600">{item.help}</p>
        <p className="mt-1 text-sm" data-testid="config-current">
          {item.display === null ? <span className="text-zinc-500">Not set</span> : <span className="break-all font-mono text-zinc-800">{item.display}</span>}
        </p>
      </div>
      <div>
        {showInput ? (
          <form onSubmit={save.onSubmit} className="space-y-2" noValidate>
            <input type="hidden" name="key" value={item.key} />
            {item.multiline ? (
              <Field label={`New value for ${item.label}`} name="value" id={id} textarea defaultValue={item.display ?? ""} errors={save.fieldErrors.value} />
            ) : (
              <Field
                label={item.secret ? `New ${item.label.toLowerCase()}` : `Value for ${item.label}`}
                name="value"
                id={id}
                type={item.secret ? "password" : "text"}
                autoComplete={item.secret ? "new-password" : "off"}
                defaultValue={item.secret ? "" : (item.display ?? "")}
                errors={save.fieldErrors.value}
              />
            )}
            <div className="flex flex-wrap gap-2">
              <SubmitButton pending={save.pending} pendingLabel="Saving…">
                Save
              </SubmitButton>
              {replacing ? (
                <button type="button" onClick={() => setReplacingSince(null)} className="rounded-md px-3 py-2 text-sm text-zinc-700 underline">
                  Cancel
                </button>
              ) : null}
            </div>
          </form>
        ) : canWrite ? (
          <button
            type="button"
            onClick={() => setReplacingSince(save.state)}
            className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold text-zinc-800 hover:bg-zinc-100 focus:outline-none focus:ring-2 focus:ring-indigo-500"
          >
            Replace
          </button>
        ) : (
          <p className="text-sm text-zinc-500">Only owners can change settings.</p>
        )}
        {canWrite && item.display !== null ? (
          <form onSubmit={clear.onSubmit} className="mt-2">
            <input type="hidden" name="key" value={item.key} />
            <SubmitButton variant="secondary" pending={clear.pending} pendingLabel="Clearing…" confirm={{ title: `Clear ${item.label}?`, description: "The saved value is deleted; whatever uses it stops working until a new one is saved.", actionLabel: "Clear" }}>
              Clear
            </SubmitButton>
          </form>
        ) : null}
        <div className="mt-2 space-y-2">
          <FormMessage state={save.state} />
          <FormMessage state={clear.state} />
        </div>
      </div>
    </li>
  );
}
