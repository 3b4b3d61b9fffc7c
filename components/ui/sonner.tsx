"use client";
import { Toaster as Sonner, type ToasterProps } from "sonner";

/**
 * The one toast region (sonner), in the root layout. Toasts add to a visible
 * Notice, never replace it: a toast disappears, and a screen-reader user or a
 * test reads the Notice that stays. Its <style> is allowed by hash in the CSP
 * (lib/security/policy.ts TOAST_STYLE_HASHES).
 */
export function Toaster(props: ToasterProps) {
  return <Sonner position="bottom-right" closeButton toastOptions={{ classNames: { toast: "font-sans" } }} {...props} />;
}

export { toast } from "sonner";
