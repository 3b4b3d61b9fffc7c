// The resolve hook registered by ./server-only.mjs: `server-only` is the package's
// own empty module, which it gives React Server Components bundles.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const empty = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve("server-only")), "empty.js")).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: empty, shortCircuit: true };
  return nextResolve(specifier, context);
}
