/** What a storefront form's server action hands back to the form (useActionState). */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** The submitted values, so a form with errors keeps what the customer typed. */
  values?: Record<string, string>;
};

export const initialFormState: FormState = { ok: false };
