import "server-only";
import { plainTextSelectors, render } from "@react-email/render";
import { compile } from "html-to-text";
import type { ReactElement } from "react";

/*
 * React Email's own plain-text conversion (its toPlainText: html-to-text with
 * its selectors), compiled once. toPlainText compiles the selectors again on
 * every call, which cost a tenth of a checkout's CPU (bench/checkout-load.ts).
 */
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

/**
 * A message's HTML and plain text from one render: React Email's `plainText`
 * option renders the element a second time only to convert that HTML.
 */
export async function renderHtmlAndText(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}
