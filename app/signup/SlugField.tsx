"use client";
import { useEffect, useState } from "react";
import { Field } from "@/components/ui/Field";

type Check = { state: "idle" | "checking" | "available" | "taken"; message?: string };

/** The address field with a live availability check (debounced, latest answer wins). */
export function SlugField({ errors, rootDomain }: { errors?: string[]; rootDomain: string }) {
  const [value, setValue] = useState("");
  const [check, setCheck] = useState<Check>({ state: "idle" });

  useEffect(() => {
    if (value.trim() === "") return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setCheck({ state: "checking" });
      try {
        const res = await fetch(`/api/slug-availability?slug=${encodeURIComponent(value)}`, { signal: controller.signal });
        const body = (await res.json()) as { available: boolean; message: string };
        setCheck({ state: body.available ? "available" : "taken", message: body.message });
      } catch {
        /* aborted or offline: the server checks again on submit */
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  // A server error for this field already explains the problem; do not say it twice.
  const live = value.trim() === "" || (errors?.length && check.state !== "available") ? null : check;
  return (
    <Field
      label="Store address"
      name="slug"
      required
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => setValue(e.target.value.toLowerCase())}
      errors={errors}
      hint={`Your store will live at ${value || "your-store"}.${rootDomain}. Lower-case letters, digits and hyphens.`}
    >
      <p aria-live="polite" data-testid="slug-check" className={`mt-1 text-sm ${live?.state === "available" ? "text-green-700" : live?.state === "taken" ? "text-red-700" : "text-zinc-500"}`}>
        {live?.state === "checking" ? "Checking…" : (live?.message ?? "")}
      </p>
    </Field>
  );
}
