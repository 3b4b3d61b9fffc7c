import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { loopback, PORT } from "./support/urls";

/*
 * A server action posted from another store's host is refused by Next's
 * origin check (we configure no allowedOrigins). The action id comes from the
 * production build's manifest, as a browser on acme's page would know it.
 */
function actionId(name: string): string | null {
  const file = ".next/server/server-reference-manifest.json";
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.entries(manifest.node).find(([, v]) => v.exportedName === name)?.[0] ?? null;
}

test("an action posted from acme's host to globex's host is refused", async ({ request }) => {
  const id = actionId("decideJoinRequestsAction");
  // The e2e server runs the production build (npm test builds first): no manifest means a broken setup, not a reason to skip.
  expect(id, "the production build's server-reference manifest names decideJoinRequestsAction").toBeTruthy();
  // React's reply encoding of (prevState, formData): field "0" holds the
  // arguments, "1_…" the form's fields.
  const post = (origin: string) =>
    request.post(loopback("/dashboard/members"), {
      headers: { host: `globex.localhost:${PORT}`, origin, "next-action": id!, accept: "text/x-component" },
      multipart: { "0": '[{"ok":false},"$K1"]', "1_userId": "00000000-0000-4000-8000-000000000000", "1_decision": "approve", "1_role": "staff" },
    });
  // From globex's own host the action runs and answers with a result value.
  const same = await post(`http://globex.localhost:${PORT}`);
  expect(await same.text()).toContain('"ok":false');
  // From acme's host Next refuses before any of our code runs.
  const cross = await post(`http://acme.localhost:${PORT}`);
  expect(cross.status()).toBe(500);
  expect(await cross.text()).not.toContain('"ok"');
});
