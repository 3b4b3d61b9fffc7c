"use client";
import { useFormStatus } from "react-dom";

/** A submit button that shows the form is being sent and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
  confirm,
  pending: pendingProp,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "danger" | "secondary";
  name?: string;
  value?: string;
  /** Asks before submitting (destructive actions). */
  confirm?: string;
  /** From useActionForm; otherwise the enclosing form's status. */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  const colors = {
    primary: "bg-indigo-600 text-white hover:bg-indigo-700",
    danger: "bg-red-600 text-white hover:bg-red-700",
    secondary: "border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100",
  }[variant];
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      onClick={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className={`rounded-md px-4 py-2 text-sm font-semibold shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:ring-offset-2 disabled:opacity-60 ${colors}`}
    >
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}
