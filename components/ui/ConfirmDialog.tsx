"use client";
import { useId, useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "./alert-dialog";

/** What a confirmation asks. A bare string is the question; `typeToConfirm` makes the user type that text (a store's slug) first. */
export type ConfirmSpec =
  | string
  | {
      title: string;
      description?: React.ReactNode;
      /** The confirming button's label; defaults to "Confirm". */
      actionLabel?: string;
      /** The user must type exactly this before the action is enabled (deleting a store: its slug). */
      typeToConfirm?: string;
      tone?: "danger" | "primary";
    };

export const confirmSpec = (c: ConfirmSpec) => (typeof c === "string" ? { title: c } : c);

/**
 * A controlled alert dialog asking one question. Cancel (or Escape) closes it
 * and nothing happens; the action calls onConfirm with the typed text. Focus
 * starts on Cancel, so a stray Enter does not confirm a destructive action.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  confirm,
  tone = "danger",
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  confirm: ConfirmSpec;
  tone?: "danger" | "primary";
  onConfirm: (typed: string) => void;
}) {
  const spec = confirmSpec(confirm);
  const [typed, setTyped] = useState("");
  const inputId = useId();
  const mustType = spec.typeToConfirm;
  const matches = !mustType || typed.trim() === mustType;
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setTyped("");
        onOpenChange(next);
      }}
    >
      <AlertDialogContent
        onOpenAutoFocus={(e) => {
          // Radix focuses Cancel; when there is something to type, start there.
          if (!mustType) return;
          e.preventDefault();
          document.getElementById(inputId)?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>{spec.title}</AlertDialogTitle>
          {spec.description ? <AlertDialogDescription>{spec.description}</AlertDialogDescription> : null}
        </AlertDialogHeader>
        {mustType ? (
          <div>
            <label htmlFor={inputId} className="block text-sm font-medium text-zinc-800">
              Type <span className="rounded bg-zinc-100 px-1 font-mono">{mustType}</span> to confirm
            </label>
            <input
              id={inputId}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 font-mono text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500"
            />
          </div>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction variant={spec.tone ?? tone} disabled={!matches} onClick={() => onConfirm(typed.trim())}>
            {spec.actionLabel ?? "Confirm"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

/**
 * A button that asks first and then runs `onConfirm` — for actions that are
 * not a form submit (an optimistic list action). Forms use SubmitButton's
 * `confirm` instead, which also validates the form before asking.
 */
export function ConfirmButton({
  confirm,
  onConfirm,
  children,
  render,
}: {
  confirm: ConfirmSpec;
  onConfirm: () => void;
  children?: React.ReactNode;
  /** Renders the trigger; call `ask` from its onClick. */
  render: (ask: () => void) => React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {render(() => setOpen(true))}
      {children}
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        confirm={confirm}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      />
    </>
  );
}
