import { describe, expect, it } from "vitest";
import { customerVerifyEmailMail } from "@/lib/mail/account-mail";
import { renderMail } from "@/lib/mail/order-mail";

/*
 * The HTML carries a button and, under it, the link written out ("Label:
 * link") for clients that cannot follow the button. The plain text keeps only
 * the written-out line: one link, once.
 */
const count = (text: string, s: string) => text.split(s).length - 1;

describe("plain-text mail", () => {
  const link = "http://acme.localhost:3000/account/verify?token=abc123";

  it("an account mail names its link once in the text and twice in the HTML", async () => {
    const m = await customerVerifyEmailMail("s", "ada@example.test", { name: "Acme" }, link, 48);
    expect(count(m.body, link)).toBe(1);
    expect(m.body).toContain(`Confirm my email: ${link}`);
    expect(count(m.html!, link)).toBe(2);
  });

  it("an order mail names its link once in the text", async () => {
    const m = await renderMail({ storeName: "Acme", color: "#4f46e5", preview: "p", heading: "Thanks", paragraphs: ["Hi"], currency: "USD", link, linkLabel: "View your order" });
    expect(count(m.text, link)).toBe(1);
    expect(m.text).toContain(`View your order: ${link}`);
    expect(count(m.html, link)).toBe(2);
  });
});
