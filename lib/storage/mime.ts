/*
 * The one map of the file types Plaza stores, by MIME type and by the
 * extension of the names it generates. Both the upload checks and the drivers
 * that serve files read it, so a type is accepted and served the same way
 * everywhere.
 */
export const IMAGE_TYPES = new Map([
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/webp", "webp"],
  ["image/gif", "gif"],
]);

/** Names Plaza generates for stored images: a UUID and a known extension; nothing a user sends. */
export const STORED_NAME = /^[0-9a-f-]{36}\.(png|jpg|webp|gif)$/;

/** The MIME type to serve a stored file with, from its generated name. */
export function contentTypeOf(name: string): string {
  const ext = name.split(".").pop();
  return [...IMAGE_TYPES].find(([, e]) => e === ext)?.[0] ?? "application/octet-stream";
}
