import { expect, type Page } from "@playwright/test";
import { consoleHost, root, storeHost } from "./urls";

/*
 * Page objects for signup and approval (issue 3): a flow reads as
 * `await signup.openStore({ … })`, not forty selectors.
 */

export const PASSWORD = "correct-horse-battery";
export const DEMO_PASSWORD = "plaza-demo-pass";

/** A unique suffix so reruns against the same database never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

export type Person = { name: string; email: string; password?: string };

async function fillLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  // Signing in ends with a full navigation away from the form.
  await expect(page.getByLabel("Password")).toHaveCount(0);
}

export class SignupPage {
  constructor(private readonly page: Page) {}

  async openStore(input: { storeName: string; slug: string; note?: string } & Person) {
    await this.page.goto(root("/signup"));
    await this.page.getByLabel("Store name").fill(input.storeName);
    await this.page.getByLabel("Store address").fill(input.slug);
    await expect(this.page.getByTestId("slug-check")).toHaveText("This address is available.");
    if (input.note) await this.page.getByLabel(/what will you sell/i).fill(input.note);
    await this.page.getByLabel("Your name").fill(input.name);
    await this.page.getByLabel("Email").fill(input.email);
    await this.page.getByLabel("Password").fill(input.password ?? PASSWORD);
    await this.page.getByRole("button", { name: "Apply for a store" }).click();
    await expect(this.page.getByRole("heading", { name: "Your requests" })).toBeVisible();
  }

  async askToJoin(slug: string, input: Person & { note?: string }) {
    await this.page.goto(root(`/signup/${slug}`));
    await this.page.getByLabel("Your name").fill(input.name);
    await this.page.getByLabel("Email").fill(input.email);
    await this.page.getByLabel("Password").fill(input.password ?? PASSWORD);
    if (input.note) await this.page.getByLabel(/why do you want to join/i).fill(input.note);
    await this.page.getByRole("button", { name: "Ask to join" }).click();
    await expect(this.page.getByRole("heading", { name: "Your requests" })).toBeVisible();
  }
}

export class RootAccount {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password = PASSWORD) {
    await this.page.goto(root("/login"));
    await fillLogin(this.page, email, password);
  }

  /** The root page of a signed-in user: their stores and the status of each request. */
  async open() {
    await this.page.goto(root("/login"));
  }

  myStores() {
    return this.page.getByRole("list", { name: "Your stores" });
  }
}

export class ConsolePage {
  constructor(private readonly page: Page) {}

  async signIn(email = "admin@plaza.test", password = DEMO_PASSWORD) {
    await this.page.goto(consoleHost("/"));
    await fillLogin(this.page, email, password);
    await expect(this.page.getByRole("heading", { name: "Store applications" })).toBeVisible();
  }

  async decide(storeNames: string[], decision: "approve" | "reject", reason?: string) {
    for (const name of storeNames) await this.page.getByRole("checkbox", { name: new RegExp(name) }).check();
    const bulk = this.page.getByRole("group", { name: "Decide selected applications" });
    if (reason) await bulk.getByLabel(/^Reason for the selected/).fill(reason);
    await bulk.getByRole("button", { name: decision === "approve" ? "Approve selected" : "Reject selected" }).click();
    await expect(this.page.getByRole("status")).toContainText(decision === "approve" ? "approved" : "rejected");
  }
}

export class StoreDashboard {
  constructor(
    private readonly page: Page,
    private readonly slug: string,
  ) {}

  async signIn(email: string, password = PASSWORD) {
    await this.page.goto(storeHost(this.slug, "/dashboard/login"));
    await fillLogin(this.page, email, password);
  }

  async expectDashboard(storeName: string) {
    await expect(this.page.getByRole("heading", { name: `Welcome to ${storeName}` })).toBeVisible();
  }

  async openMembers() {
    await this.page.goto(storeHost(this.slug, "/dashboard/members"));
    await expect(this.page.getByRole("heading", { name: "Join requests" })).toBeVisible();
  }

  async decide(emails: string[], decision: "approve" | "reject", options: { role?: string; reason?: string } = {}) {
    for (const email of emails) await this.page.getByRole("checkbox", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).check();
    const bulk = this.page.getByRole("group", { name: "Decide selected requests" });
    if (options.role) await bulk.getByLabel("Role for approved members").selectOption(options.role);
    if (options.reason) await bulk.getByLabel(/^Reason for the selected/).fill(options.reason);
    await bulk.getByRole("button", { name: decision === "approve" ? "Approve selected" : "Reject selected" }).click();
    await expect(this.page.getByRole("status")).toContainText(decision === "approve" ? "approved" : "rejected");
  }

  /** The pending requests list, so texts in the history table do not match too. */
  requests() {
    return this.page.getByRole("table", { name: "Pending join requests" });
  }

  members() {
    return this.page.getByRole("table", { name: "Members" });
  }
}
