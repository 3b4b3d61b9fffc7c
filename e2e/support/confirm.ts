import { expect, type Page } from "@playwright/test";

/*
 * Answers the alert dialog a destructive button opens (components/ui/ConfirmDialog.tsx),
 * where the tests used to accept window.confirm: the dialog must be there, say what it
 * is about, and — for a store's deletion — take the typed slug before it confirms.
 */
export async function confirmDialog(page: Page, opts: { action?: string | RegExp; says?: string | RegExp; type?: string } = {}) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  if (opts.says) await expect(dialog).toContainText(opts.says);
  const confirm = opts.action ? dialog.getByRole("button", { name: opts.action }) : dialog.getByRole("button").filter({ hasNotText: /^Cancel$/ });
  if (opts.type !== undefined) {
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/to confirm/).fill(opts.type);
  }
  await confirm.click();
  await expect(dialog).toHaveCount(0);
}
