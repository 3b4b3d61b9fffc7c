import { z } from "zod";

/*
 * FormData as zod sees it, for every action: the store's and platform's
 * action wrappers (./action.ts) and the storefront's forms alike.
 */

/** FormData → plain object; repeated names (checkbox lists) become arrays; files are left out. */
export function formToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** The same object with one string per field (the first), for a form that is shown again with what was typed. */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(formToObject(formData))) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string") out[key] = first;
  }
  return out;
}

/** A list field: one checked box arrives as a string, none as undefined. */
export const formList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
