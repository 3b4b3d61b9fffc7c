import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { Webhook } from "standardwebhooks";
import { expect, test } from "./support/test";
import { ConsolePage } from "./support/auth";
import { freePort } from "../tests/support/free-port";
import { consoleHost } from "./support/urls";

/*
 * Console → Webhooks (issue 16, decision 0024): a platform admin adds an
 * endpoint for store lifecycle events pointing at a real receiver started
 * here, sends a signed test event, and sees the receiver's 200 in the
 * delivery log. The endpoint is deleted at the end (platform endpoints are
 * global). Screenshots go to .data/screens/.
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
  url = `http://127.0.0.1:${port}/platform-hook`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("a platform admin adds a platform webhook endpoint, sends a signed test event, sees the 200 in its log, and deletes it", async ({ page }) => {
  await new ConsolePage(page).signIn();
  await page.goto(consoleHost("/webhooks"));
  await expect(page.getByRole("heading", { name: "Platform webhooks", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Add a webhook endpoint" });
  await form.getByLabel("Endpoint URL").fill(url);
  await form.getByLabel("store.suspended").check();
  await form.getByLabel("store.created").check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByRole("status")).toContainText("Copy its signing secret now");
  const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);

  const section = page.getByRole("region", { name: `Endpoint ${url}` });
  await expect(section).toBeVisible();
  await section.getByRole("button", { name: "Send test event" }).click();
  await expect(section.getByRole("status")).toContainText("Test event queued");
  await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
  const event = new Webhook(secret).verify(received[0]!.body, received[0]!.headers as Record<string, string>) as { type: string };
  expect(event).toMatchObject({ type: "webhook.test" });

  // The receiver has the request before the sender has written down its answer: reload until the log shows it.
  const log = page.getByRole("table", { name: `Deliveries to ${url}` });
  await expect(async () => {
    await page.reload();
    await expect(log.getByRole("row").nth(1)).toContainText("succeeded", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(log.getByRole("row").nth(1)).toContainText("webhook.test");
  await expect(log.getByRole("row").nth(1)).toContainText("200");
  await page.screenshot({ path: ".data/screens/console-webhooks.png", fullPage: true });

  await page.goto(consoleHost("/stores/acme"));
  await expect(page.getByRole("heading", { name: "Webhooks", level: 2 })).toBeVisible();
  await page.getByRole("heading", { name: "Webhooks", level: 2 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: ".data/screens/console-store-webhooks.png" });

  await page.goto(consoleHost("/webhooks"));
  await page.getByRole("region", { name: `Endpoint ${url}` }).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete endpoint" }).click();
  await expect(page.getByRole("region", { name: `Endpoint ${url}` })).toHaveCount(0);
});
