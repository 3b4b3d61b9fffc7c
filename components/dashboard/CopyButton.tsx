"use client";
import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";

/** Copies a value to the clipboard and says so: on the button (to screen readers too) and in a toast. */
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      className="px-2 text-xs"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied("yes");
          toast.success("Copied to the clipboard.");
        } catch {
          // Clipboard access needs a secure context; the value stays selectable on the page.
          setCopied("failed");
        }
        setTimeout(() => setCopied(null), 2000);
      }}
    >
      {copied === "yes" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
      <span aria-live="polite">{copied === "yes" ? "Copied" : copied === "failed" ? "Select and copy" : label}</span>
    </Button>
  );
}
