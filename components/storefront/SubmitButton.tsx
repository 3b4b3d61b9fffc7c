"use client";
import { useFormStatus } from "react-dom";

/** A submit button in the store's colour that shows the form is working (and blocks a second click meanwhile). */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: "primary" | "secondary" | "link" }) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "rounded-md bg-(--store-primary) px-5 py-2.5 font-semibold text-white shadow-sm hover:opacity-90 disabled:opacity-60",
    secondary: "rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-60",
    link: "text-sm font-medium text-zinc-600 underline underline-offset-2 hover:text-zinc-900 disabled:opacity-60",
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`${styles} ${className}`} {...rest}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
