"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/useActionForm";
import { HEX_COLOUR, MAX_LOGO_BYTES } from "@/lib/stores/theme";
import { saveThemeAction } from "./actions";
import { ThemePreview } from "./ThemePreview";

/** Tagline, primary colour and logo, with a live preview beside the form. */
export function ThemeForm(props: { storeName: string; tagline: string; primaryColor: string; logoUrl: string | null; disabled: boolean; advanced: boolean }) {
  const form = useActionForm(saveThemeAction);
  const router = useRouter();
  const [tagline, setTagline] = useState(props.tagline);
  const [colour, setColour] = useState(props.primaryColor);
  const [localLogo, setLocalLogo] = useState<string | null>(null);
  const [removeLogo, setRemoveLogo] = useState(false);
  const [logoError, setLogoError] = useState<string | null>(null);

  useEffect(() => {
    if (form.state.ok) router.refresh();
  }, [form.state, router]);
  // The object URL of a picked file lives until another is picked or the form goes.
  useEffect(() => () => {
    if (localLogo) URL.revokeObjectURL(localLogo);
  }, [localLogo]);

  const onLogo = (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setLogoError(null);
    if (!file) return setLocalLogo(null);
    // Checked here too so a large file never reaches the server action's body limit.
    if (file.size > MAX_LOGO_BYTES) {
      e.target.value = "";
      setLocalLogo(null);
      return setLogoError("Logos can be at most 1 MB.");
    }
    setRemoveLogo(false);
    setLocalLogo(URL.createObjectURL(file));
  };
  const shownLogo = localLogo ?? (removeLogo ? null : props.logoUrl);
  const logoErrors = [logoError, ...(form.fieldErrors.logo ?? [])].filter((m): m is string => !!m);

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-2">
      <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
        <fieldset disabled={props.disabled} className="space-y-4 disabled:opacity-60">
          {/* Without advanced theming the tagline is shown read-only (disabled fields are not sent, and the saved one is kept). */}
          <Field
            label="Tagline"
            name="tagline"
            value={tagline}
            onChange={(e) => setTagline(e.target.value)}
            maxLength={120}
            disabled={!props.advanced}
            errors={form.fieldErrors.tagline}
            hint={props.advanced ? "One short line under the store name." : "Advanced theming, part of Premium."}
          />
          <div>
            <label htmlFor="field-primaryColor" className="block text-sm font-medium text-zinc-800">Primary colour</label>
            <div className="mt-1 flex items-center gap-3">
              <input
                id="field-primaryColor"
                name="primaryColor"
                type="color"
                value={HEX_COLOUR.test(colour) ? colour : "#000000"}
                onChange={(e) => setColour(e.target.value)}
                aria-describedby={form.fieldErrors.primaryColor?.length ? "field-primaryColor-error" : undefined}
                className="h-10 w-16 cursor-pointer rounded border border-zinc-300 bg-white focus:outline-none focus:ring-2 focus:ring-indigo-500"
              />
              <code className="text-sm text-zinc-700">{colour}</code>
            </div>
            {form.fieldErrors.primaryColor?.length ? (
              <p id="field-primaryColor-error" className="mt-1 text-sm text-red-700">{form.fieldErrors.primaryColor.join(" ")}</p>
            ) : null}
          </div>
          <Field label="Logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={onLogo} errors={logoErrors.length ? logoErrors : undefined} hint="PNG, JPEG, WebP or GIF, up to 1 MB. Leave empty to keep the current logo." />
          {props.logoUrl ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeLogo" checked={removeLogo} onChange={(e) => setRemoveLogo(e.target.checked)} className="rounded border-zinc-300" />
              Remove the current logo
            </label>
          ) : null}
          <FormMessage state={form.state} />
          {!props.disabled ? <SubmitButton pending={form.pending} pendingLabel="Saving…">Save theme</SubmitButton> : null}
        </fieldset>
      </form>
      <ThemePreview storeName={props.storeName} tagline={props.advanced ? tagline.trim() : ""} primaryColor={HEX_COLOUR.test(colour) ? colour : "#000000"} logoUrl={shownLogo} />
    </div>
  );
}
