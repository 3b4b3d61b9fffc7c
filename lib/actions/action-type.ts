import type { ActionResult } from "./result";

/** The shape of every server action made by lib/actions/action.ts (pure, so client code can name it). */
export type FormAction = (prev: ActionResult<unknown>, formData: FormData) => Promise<ActionResult<unknown>>;
