import { isTimeZone } from "@/lib/format/dates";
import { z } from "zod";
import type { StoreTheme } from "@/lib/db/schema/platform";
import { PLANS, type PlanId } from "@/lib/plans/plans";

/*
 * The storefront theme and the store's general settings, as a store owner may
 * submit them. Pure (no server-only): the settings form's live preview uses the
 * same defaults the storefront renders.
 */

export const DEFAULT_PRIMARY = "#4f46e5";
export const HEX_COLOUR = /^#[0-9a-f]{6}$/;
export const MAX_LOGO_BYTES = 1024 * 1024;

/** ISO 4217 codes the runtime can format (Intl knows the digits of each). */
export const CURRENCIES: readonly string[] = Intl.supportedValuesOf("currency");

export function currencyName(code: string): string {
  return new Intl.DisplayNames(["en"], { type: "currency" }).of(code) ?? code;
}

export const generalSettingsSchema = z.object({
  name: z.string().trim().min(2, "Give the store a name of at least 2 characters.").max(80, "Keep the name under 80 characters."),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => CURRENCIES.includes(c), "Choose a currency from the list (ISO 4217)."),
  // Optional so a caller that does not send it keeps the current zone.
  timeZone: z.string().trim().max(64).refine(isTimeZone, "Choose a time zone from the list.").optional(),
});

export const themeSettingsSchema = z.object({
  tagline: z.string().trim().max(120, "Keep the tagline under 120 characters.").default(""),
  primaryColor: z
    .string()
    .trim()
    .toLowerCase()
    .refine((c) => HEX_COLOUR.test(c), "Use a colour like #4f46e5."),
  removeLogo: z.enum(["on"]).optional(),
});

export type GeneralSettings = z.output<typeof generalSettingsSchema>;
export type ThemeSettings = z.output<typeof themeSettingsSchema>;

/**
 * The theme the storefront shows: logo and colour on every plan (branding),
 * the tagline only where the plan includes advanced theming. A downgraded
 * store keeps what it saved, which comes back if it upgrades again.
 */
export function effectiveTheme(store: { plan: PlanId; theme: StoreTheme }): StoreTheme {
  const features = PLANS[store.plan].features;
  const { tagline, primaryColor, logoPath } = store.theme;
  return {
    ...(features.themeCustomisation && tagline ? { tagline } : {}),
    ...(features.branding && primaryColor ? { primaryColor } : {}),
    ...(features.branding && logoPath ? { logoPath } : {}),
  };
}

/** The refusal of a tagline on a plan without advanced theming (server and form say the same). */
export function advancedThemingRefusal(planName: string): string {
  return `The ${planName} plan includes your logo and colour; the tagline is advanced theming, part of Premium. Leave the tagline empty or upgrade the plan.`;
}
