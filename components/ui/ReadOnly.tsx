"use client";
import { createContext, useContext, useId } from "react";
import { Lock } from "lucide-react";

/**
 * Why the controls inside cannot change anything right now (a suspended
 * store's dashboard), or null. SubmitButton and the list actions read it and
 * render themselves disabled with this reason beside them, instead of
 * offering a form that the server would refuse (lib/actions/action.ts refuses
 * every store action of a suspended store; this only spares the user the try).
 */
const ReadOnlyContext = createContext<string | null>(null);

export function ReadOnlyProvider({ reason, children }: { reason: string | null; children: React.ReactNode }) {
  return <ReadOnlyContext.Provider value={reason}>{children}</ReadOnlyContext.Provider>;
}

export function useReadOnly(): string | null {
  return useContext(ReadOnlyContext);
}

/** The reason next to a disabled control; the control points at it with aria-describedby. */
export function DisabledReason({ id, reason }: { id: string; reason: string }) {
  return (
    <span id={id} className="inline-flex items-center gap-1 text-xs font-medium text-amber-900">
      <Lock aria-hidden="true" className="size-3.5" />
      {reason}
    </span>
  );
}

/** For a hand-made control: `{ disabled, describedBy, note }` when the page is read-only. */
export function useReadOnlyControl() {
  const reason = useReadOnly();
  const id = useId();
  return reason
    ? { disabled: true, describedBy: id, note: <DisabledReason id={id} reason={reason} /> }
    : { disabled: false, describedBy: undefined, note: null };
}
