import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { confirmDialog } from "./confirm";
import { consoleHost } from "./urls";

/*
 * Page objects for the console's store pages (issue 5): a flow reads as
 * `await stores.suspend("globex", "reason")`.
 */

export class ConsoleStores {
  // Destructive buttons ask in an alert dialog (confirmDialog answers it); none uses window.confirm any more.
  constructor(private readonly page: Page) {}

  async open(slug: string) {
    await this.page.goto(consoleHost(`/stores/${slug}`));
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(slug);
  }

  async suspend(slug: string, reason: string) {
    await this.open(slug);
    const form = this.page.getByRole("form", { name: "Suspend store" });
    await form.getByLabel(/reason for the suspension/i).fill(reason);
    await form.getByRole("button", { name: "Suspend store" }).click();
    await confirmDialog(this.page, { action: "Suspend", says: "dashboard becomes read-only" });
    // The page re-renders into the suspended state, which can replace the
    // form (and its message) at once: wait for the state, not the message.
    await expect(this.page.getByRole("button", { name: "Reactivate store" })).toBeVisible();
  }

  async reactivate(slug: string) {
    await this.open(slug);
    await this.page.getByRole("button", { name: "Reactivate store" }).click();
    await confirmDialog(this.page, { action: "Reactivate" });
    await expect(this.page.getByRole("button", { name: "Suspend store" })).toBeVisible();
  }

  /** Schedules the deletion: the dialog takes the store's slug before it lets the admin confirm. */
  async scheduleDeletion(slug: string, reason: string) {
    await this.open(slug);
    const form = this.page.getByRole("form", { name: "Delete store" });
    await form.getByLabel(/reason for the deletion/i).fill(reason);
    await form.getByRole("button", { name: "Delete store" }).click();
    await confirmDialog(this.page, { action: "Schedule deletion", type: slug });
    await expect(this.page.getByRole("button", { name: "Restore store" })).toBeVisible();
  }

  async create(input: { name: string; slug: string; plan: "basic" | "premium" | "enterprise"; ownerEmail: string }) {
    await this.page.goto(consoleHost("/stores"));
    const form = this.page.getByRole("form", { name: "Open a store" });
    await form.getByLabel("Store name").fill(input.name);
    await form.getByLabel("Store address").fill(input.slug);
    await form.getByLabel("Plan").selectOption(input.plan);
    await form.getByLabel("Owner email").fill(input.ownerEmail);
    await form.getByRole("button", { name: "Open store" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: `${input.name} is open` })).toBeVisible();
  }

  async previewPlan(slug: string, plan: string) {
    await this.open(slug);
    await this.page.getByLabel("New plan").selectOption(plan);
    await this.page.getByRole("button", { name: "Preview change" }).click();
    const preview = this.page.getByRole("region", { name: "Plan change preview" });
    await expect(preview).toBeVisible();
    return preview;
  }

  async startSupport(slug: string, reason: string) {
    await this.open(slug);
    await this.page.getByLabel(/reason for support access/i).fill(reason);
    await this.page.getByRole("button", { name: "Open dashboard as support" }).click();
  }
}

/**
 * Direct database fixtures for what another area's UI owns (custom domains).
 * The e2e server's embedded PostgreSQL, as its owner (lib/db/embedded.ts).
 */
export async function withE2eDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const port = Number(process.env.E2E_PG_PORT ?? 54349);
  const client = new pg.Client({ connectionString: `postgres://postgres:plaza-embedded@127.0.0.1:${port}/plaza` });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
