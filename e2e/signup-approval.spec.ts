import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { ConsolePage, DEMO_PASSWORD, RootAccount, SignupPage, StoreDashboard, unique } from "./support/auth";
import { storeHost } from "./support/urls";

/*
 * Issue 3, flows (a)–(e), in a real Chromium. Every test makes its own
 * people and stores (unique names), so the order and reruns do not matter.
 * Screenshots of the main screens go to .data/screens/ for review.
 */

const shot = (page: Page, name: string) => page.screenshot({ path: `.data/screens/${name}.png`, fullPage: true });

test("(a) a visitor opens a store, the platform admin approves it, the owner signs in on the store host", async ({ browser }) => {
  const id = unique();
  const owner = { name: "Olive Owner", email: `olive-${id}@example.test` };
  const store = { storeName: `Olive Shop ${id}`, slug: `olive-${id}`, note: "Hand-pressed olive oil." };

  const visitor = await browser.newPage();
  await new SignupPage(visitor).openStore({ ...store, ...owner });
  await expect(visitor.getByText("Store application awaiting review")).toBeVisible();

  const admin = await browser.newPage();
  const console = new ConsolePage(admin);
  await console.signIn();
  await expect(admin.getByText("Hand-pressed olive oil.")).toBeVisible(); // the applicant's note, inline
  await shot(admin, "console-queue");
  await console.decide([store.storeName], "approve");
  await expect(admin.getByRole("checkbox", { name: new RegExp(store.storeName) })).toHaveCount(0);

  const dashboard = new StoreDashboard(visitor, store.slug);
  await dashboard.signIn(owner.email);
  await dashboard.expectDashboard(store.storeName);
});

test("(b) a visitor asks to join acme, acme's owner approves in the browser, the new member signs in", async ({ browser }) => {
  const id = unique();
  const joiner = { name: "Jamie Joiner", email: `jamie-${id}@example.test` };

  const visitor = await browser.newPage();
  await new SignupPage(visitor).askToJoin("acme", { ...joiner, note: "I know rockets." });
  await expect(visitor.getByText("Join request awaiting the owners' decision")).toBeVisible();

  const ownerPage = await browser.newPage();
  const acme = new StoreDashboard(ownerPage, "acme");
  await acme.signIn("owner@acme.test", DEMO_PASSWORD);
  await acme.expectDashboard("Acme");
  await acme.openMembers();
  await expect(acme.requests().getByRole("row").filter({ hasText: joiner.email })).toContainText("I know rockets.");
  await shot(ownerPage, "members-page");
  await acme.decide([joiner.email], "approve", { role: "catalog" });
  await expect(acme.members()).toContainText(joiner.email);

  const member = new StoreDashboard(visitor, "acme");
  await member.signIn(joiner.email);
  await member.expectDashboard("Acme");
  await expect(visitor.getByText("You are signed in as catalog.")).toBeVisible();
  // Not an owner or admin: no members page in the menu, and none at its address.
  await expect(visitor.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Members" })).toHaveCount(0);
  const res = await visitor.goto(storeHost("acme", "/dashboard/members"));
  expect(res?.status()).toBe(404);
});

test("(c) a rejection shows the reason to the applicant", async ({ browser }) => {
  const id = unique();
  const joiner = { name: "Rex Rejected", email: `rex-${id}@example.test` };
  const visitor = await browser.newPage();
  await new SignupPage(visitor).askToJoin("globex", joiner);

  const ownerPage = await browser.newPage();
  const globex = new StoreDashboard(ownerPage, "globex");
  await globex.signIn("owner@globex.test", DEMO_PASSWORD);
  await globex.openMembers();
  // Rejecting without a reason is refused with a field error.
  await ownerPage.getByRole("checkbox", { name: new RegExp(joiner.email.replace(/\./g, "\\.")) }).check();
  await ownerPage.getByRole("button", { name: "Reject selected" }).click();
  await expect(ownerPage.getByText("Give a reason: the applicant will see it.")).toBeVisible();
  await globex.decide([joiner.email], "reject", { reason: "We are not hiring this season." });

  // The applicant is still signed in at the root from asking; a fresh browser signs in.
  const account = new RootAccount(visitor);
  await account.open();
  await expect(account.myStores()).toContainText("Join request declined");
  const fresh = await browser.newPage();
  const again = new RootAccount(fresh);
  await again.signIn(joiner.email);
  await expect(again.myStores()).toContainText("Reason: We are not hiring this season.");
  await expect(account.myStores()).toContainText("Join request declined");
  await expect(account.myStores()).toContainText("Reason: We are not hiring this season.");
  // On the store host too: a clear page, never the dashboard.
  const dash = new StoreDashboard(visitor, "globex");
  await dash.signIn(joiner.email);
  await expect(visitor.getByRole("heading", { name: "Your request was not approved" })).toBeVisible();
  await expect(visitor.getByText("Reason: We are not hiring this season.")).toBeVisible();
});

test("(d) a member of acme cannot open globex's dashboard", async ({ page }) => {
  const acme = new StoreDashboard(page, "acme");
  await acme.signIn("owner@acme.test", DEMO_PASSWORD);
  await acme.expectDashboard("Acme");

  // The acme session is host-only: globex's host sees no session and asks to sign in.
  await page.goto(storeHost("globex", "/dashboard"));
  await expect(page).toHaveURL(/globex\.localhost:\d+\/dashboard\/login/);
  // Signing in there with acme's owner gets a clear refusal, not the dashboard.
  const globex = new StoreDashboard(page, "globex");
  await globex.signIn("owner@acme.test", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "You are not a member of this store" })).toBeVisible();
  await expect(page.getByText("Welcome to Globex")).toHaveCount(0);
});

test("(e) bulk approve of three join requests", async ({ browser }) => {
  const id = unique();
  const people = [1, 2, 3].map((n) => ({ name: `Bulk ${n}`, email: `bulk${n}-${id}@example.test` }));
  const visitor = await browser.newPage();
  for (const p of people) {
    await visitor.context().clearCookies(); // each a fresh visitor
    await new SignupPage(visitor).askToJoin("acme", p);
  }

  const ownerPage = await browser.newPage();
  const acme = new StoreDashboard(ownerPage, "acme");
  await acme.signIn("owner@acme.test", DEMO_PASSWORD);
  await acme.openMembers();
  await acme.decide(people.map((p) => p.email), "approve", { role: "staff" });
  await expect(ownerPage.getByRole("status")).toContainText("3 requests approved.");
  for (const p of people) await expect(acme.members()).toContainText(p.email);
  await expect(ownerPage.getByRole("table", { name: "History of decisions" })).toContainText(`approved the join request of ${people[0]!.name} as Staff`);
});

test("the signup form explains bad input field by field and saves nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Store address").fill("admin");
  await expect(page.getByTestId("slug-check")).toContainText("reserved");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Apply for a store" }).click();
  await expect(page.getByText("Enter your store's name (at least 2 characters).")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  // What the visitor typed is kept.
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await page.screenshot({ path: ".data/screens/signup-errors.png", fullPage: true });
});

test("sign-in: one message for unknown email and wrong password, then a wait after too many attempts", async ({ page }) => {
  const email = `nobody-${unique()}@example.test`;
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await expect(page.getByRole("alert").filter({ hasText: /Too many attempts\. Try again in \d+ s\./ })).toBeVisible();
});
