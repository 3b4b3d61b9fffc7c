import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { confirmDialog } from "./support/confirm";
import { Webhook } from "standardwebhooks";
import { expect, test } from "./support/test";
import { DEMO_PASSWORD, StoreDashboard } from "./support/auth";
import { freePort } from "../tests/support/free-port";
import { storeHost } from "./support/urls";

/*
 * Settings → Webhooks (issue 16): the owner adds an endpoint pointing at a
 * real receiver started here, copies the secret shown once, sends a test
 * event (sent after the click's answer), and the receiver verifies the
 * signature; the delivery log then shows the receiver's 200. The endpoint
 * is deleted at the end.
 */

let server: Server;
let url = "";
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];

test.beforeAll(async () => {
  const port = await freePort();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${port}/plaza-hook`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("an owner adds a webhook endpoint, sends a signed test event, sees the 200 in the delivery log, and deletes it", async ({ page }) => {
  await new StoreDashboard(page, "acme").signIn("owner@acme.test", DEMO_PASSWORD);
  await page.goto(storeHost("acme", "/dashboard/settings/webhooks"));
  await expect(page.getByRole("heading", { name: "Webhooks", level: 2 })).toBeVisible();
  const form = page.getByRole("form", { name: "Add a webhook endpoint" });
  await form.getByLabel("Endpoint URL").fill(url);
  await form.getByLabel("order.paid").check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByRole("status")).toContainText("Copy its signing secret now");
  const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);

  const section = page.getByRole("region", { name: `Endpoint ${url}` });
  await expect(section).toBeVisible();
  await section.getByRole("button", { name: "Send test event" }).click();
  await expect(section.getByRole("status")).toContainText("Test event queued");
  await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
  const event = new Webhook(secret).verify(received[0]!.body, received[0]!.headers as Record<string, string>) as { type: string; store: { slug: string } };
  expect(event).toMatchObject({ type: "webhook.test", store: { slug: "acme" } });

  // The receiver has the request before the sender has written down its answer: reload until the log shows it.
  const log = page.getByRole("table", { name: `Deliveries to ${url}` });
  await expect(async () => {
    await page.reload();
    await expect(log.getByRole("row").nth(1)).toContainText("succeeded", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(log.getByRole("row").nth(1)).toContainText("webhook.test");
  await expect(log.getByRole("row").nth(1)).toContainText("200");

  await page.getByRole("region", { name: `Endpoint ${url}` }).getByRole("button", { name: "Delete" }).click();
  await confirmDialog(page, { action: "Delete endpoint" });
  await expect(page.getByRole("region", { name: `Endpoint ${url}` })).toHaveCount(0);
});
