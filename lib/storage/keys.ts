import { z } from "zod";

/*
 * Object keys. Every file of a store lives under `stores/{storeId}/`, named by
 * id (never by slug, which can change), so a store's files can be counted,
 * exported and purged by prefix; master catalog images live under
 * `catalogue/` (the stored spelling, decision 0014), outside every store. Keys are built only here.
 */

const storeId = z.uuid();
// Path segments that start with a letter or digit: no "..", no absolute paths, no empty segments.
const KEY = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*$/;

export const storePrefix = (id: string) => `stores/${storeId.parse(id)}/`;
export const storeFileKey = (id: string, name: string) => checkKey(storePrefix(id) + name);
/** An API export's archive (lib/api/exports.ts): outside the store's prefix, so it is neither storage nor exported again. */
export const exportPrefix = (id: string) => `exports/${storeId.parse(id)}/`;
export const exportFileKey = (id: string, exportId: string) => checkKey(`${exportPrefix(id)}${z.uuid().parse(exportId)}.zip`);
export const CATALOG_PREFIX = "catalogue/";
export const catalogFileKey = (name: string) => checkKey(CATALOG_PREFIX + name);

/** Throws on a key that could escape its folder: a programmer's error, never a user's input. */
export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  return key;
}

export function checkPrefix(prefix: string): string {
  if (!prefix.endsWith("/")) throw new Error(`a storage prefix ends with "/": ${JSON.stringify(prefix)}`);
  checkKey(prefix.slice(0, -1));
  return prefix;
}
