import { z } from "zod";

/*
 * Input rules shared by every form that creates an account. Pure, so the same
 * messages can be shown by the client and are enforced by the server.
 */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const nameSchema = z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.");

export const PASSWORD_MIN = 10;

/** ≥ 10 characters and not the email itself (checked on the whole form). */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(200, "Use at most 200 characters.");

export function passwordIsEmail(password: string, email: string): boolean {
  const p = password.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  return p === e || (e.includes("@") && p === e.split("@")[0]);
}

/** Optional free text ("what will you sell?", "why do you want to join?"): empty means none. */
export const noteSchema = z
  .string()
  .trim()
  .max(1000, "Use at most 1000 characters.")
  .transform((v) => (v === "" ? null : v));

export const reasonSchema = z.string().trim().min(1, "Give a reason: the applicant will see it.").max(1000, "Use at most 1000 characters.");

/** A new account's fields, with the password-is-not-the-email rule attached to `password`. */
export const newAccountSchema = z
  .object({ name: nameSchema, email: emailSchema, password: passwordSchema })
  .superRefine((v, ctx) => {
    if (passwordIsEmail(v.password, v.email)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "Your password must not be your email address." });
    }
  });
