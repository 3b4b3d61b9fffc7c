/*
 * The shape and size every server action's form must have before any of its
 * code runs. A server action is a public HTTP endpoint: anyone can post it any
 * arguments React's reply encoding can carry (strings, numbers, objects, no
 * form at all), so "the second argument is a FormData" is checked, not
 * assumed. Within a form, text the database would refuse with an error (NUL)
 * and text or value counts no form of ours needs are refused here with a
 * message, once for every action, instead of by each schema.
 */

/** Larger than any text field Plaza has (the longest schema allows 5 000 characters). */
export const MAX_FIELD_CHARS = 100_000;
/** Values in one form, counting each entry of a repeated name (bulk decisions send one per row). */
export const MAX_FORM_VALUES = 1_000;

export const UNREADABLE_FORM = "This form could not be read. Reload the page and try again.";

export type FormProblem = { field: string | null; message: string };

/** Why this form cannot be handled, or null when it can. Files are checked by the code that stores them. */
export function formProblem(formData: unknown): FormProblem | null {
  if (!(formData instanceof FormData)) return { field: null, message: UNREADABLE_FORM };
  let values = 0;
  for (const [name, value] of formData.entries()) {
    if (++values > MAX_FORM_VALUES) return { field: null, message: "This form has too many values." };
    if (name.includes("\0")) return { field: null, message: UNREADABLE_FORM };
    if (typeof value !== "string") continue;
    // PostgreSQL text cannot hold NUL: refused here, not as a database error.
    if (value.includes("\0")) return { field: name, message: "Remove the invisible control character (NUL) from this field." };
    if (value.length > MAX_FIELD_CHARS) return { field: name, message: "This is far too long." };
  }
  return null;
}

/** A file field of a form that may not be a form at all (the file is taken before the wrapper runs). */
export function formFile(formData: unknown, name: string): File | null {
  if (!(formData instanceof FormData)) return null;
  const value = formData.get(name);
  return value instanceof File && value.size > 0 ? value : null;
}
