import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled input with its hint and errors tied to it by aria-describedby. */
export function Field({
  label,
  name,
  errors,
  hint,
  textarea,
  children,
  ...input
}: {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  textarea?: boolean;
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const cls = `mt-1 block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500 ${
    errors?.length ? "border-red-500" : "border-zinc-300"
  }`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      {textarea ? (
        <textarea id={id} name={name} rows={3} className={cls} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} defaultValue={input.defaultValue as string | undefined} />
      ) : (
        <input id={id} name={name} className={cls} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...input} />
      )}
      {children}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
