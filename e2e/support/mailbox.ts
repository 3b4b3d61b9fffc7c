import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth";
import { consoleHost } from "./urls";

/*
 * Reading mail the way an operator without SMTP does: the platform console's
 * mailbox (app/admin/mailbox), which lists the outbox with each message's
 * HTML (sandboxed iframe) and text body. `page` is a console admin's page.
 */
export class Mailbox {
  private signedIn = false;
  constructor(private readonly page: Page) {}

  /** Signs the page in to the console (the mailbox's host), if it is not already. */
  async signIn() {
    await this.open();
  }

  private async open() {
    await this.page.goto(consoleHost("/mailbox"));
    // The sign-in page, known by its heading: the mailbox's own messages carry labels too ("…Reset your password…").
    const signInHeading = this.page.getByRole("heading", { name: "Sign in", exact: true });
    if (!this.signedIn && (await signInHeading.count()) > 0) {
      await this.page.getByLabel("Email").fill("admin@plaza.test");
      await this.page.getByLabel("Password").fill(DEMO_PASSWORD);
      await this.page.getByRole("button", { name: /sign in/i }).click();
      await expect(signInHeading).toHaveCount(0);
      await this.page.goto(consoleHost("/mailbox"));
    }
    this.signedIn = true;
    await expect(this.page.getByRole("heading", { name: "Mailbox" })).toBeVisible();
  }

  /** The newest message to `to` whose subject matches: its list item (HTML frame and text inside). */
  async message(to: string, subject: RegExp) {
    await this.open();
    const item = this.page
      .getByRole("list", { name: "Messages" })
      .getByRole("listitem")
      .filter({ hasText: `To ${to}` })
      .filter({ hasText: subject })
      .first();
    await expect(item).toBeVisible();
    return item;
  }

  /** The first link in the newest matching message's text body that contains `path`. */
  async link(to: string, subject: RegExp, path: string): Promise<string> {
    const item = await this.message(to, subject);
    const text = (await item.getByLabel(/^Text body/).textContent()) ?? "";
    const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const found = new RegExp(`https?://\\S*${escaped}\\S*`).exec(text)?.[0];
    if (!found) throw new Error(`no link with ${path} in the mail to ${to}:\n${text}`);
    return found;
  }
}
