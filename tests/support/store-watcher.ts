// A second Plaza process for the cross-instance tests: it runs the real
// lookup cache (lib/tenancy/lookup.ts) with a long TTL and the real change
// listener, and reports on stdout whenever what it serves for a store or a
// domain changes. Started with tsx by tests/integration/changes*.test.ts.
import { startChangeListener } from "@/lib/changes/listener";
import { findSlugByDomain, findStoreBySlug } from "@/lib/tenancy/lookup";

const [slug, domain] = process.argv.slice(2) as [string, string];
const seen = async () => `${(await findStoreBySlug(slug))?.status ?? "none"} ${(await findSlugByDomain(domain)) ?? "none"}`;

const listener = await startChangeListener((l) => console.error(l));
while (!listener.isListening()) await new Promise((r) => setTimeout(r, 10));
let last = await seen();
console.log(`ready ${last}`);
setInterval(async () => {
  const now = await seen();
  if (now !== last) console.log(`seen ${now}`);
  last = now;
}, 10);
process.stdin.on("end", () => process.exit(0)); // the test closes stdin to stop it
process.stdin.resume();
