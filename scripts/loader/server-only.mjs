// `--import ./scripts/loader/server-only.mjs`: how a script runs lib/ outside Next.
// lib/ marks its server modules with `import "server-only"`, which throws unless
// the importer is a React Server Components bundle. Scripts used to get past it
// with `--conditions=react-server`, but that condition is process-wide: it also
// gave them React's server build and react-dom/server's refusal, so a script
// could not render an order mail (React Email). This hook empties the marker
// and nothing else.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
