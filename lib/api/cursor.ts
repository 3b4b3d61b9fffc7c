import { z } from "zod";
import { cursorTimeSchema } from "@/lib/db/keyset";

/*
 * Opaque keyset cursors for API pages: base64url JSON of the sort key. A bad
 * or tampered cursor is a validation error, never a 500.
 */
const cursorSchema = z.object({ t: cursorTimeSchema, id: z.uuid() });
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

export function decodeCursor(value: string | undefined): Cursor | null | "invalid" {
  if (!value) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : "invalid";
  } catch {
    return "invalid";
  }
}
