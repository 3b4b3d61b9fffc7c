import { Notice } from "@/components/ui/Notice";

/** An inline error under an input; its id is what the input's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

/** A message about the whole form on the storefront: the one Notice, announced when it appears. */
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  if (!message) return null;
  return <Notice tone={tone}>{message}</Notice>;
}
