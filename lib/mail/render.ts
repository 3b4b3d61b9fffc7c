import "server-only";
import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import type { ReactElement } from "react";

/*
 * A message's HTML and plain text, from one render of its React Email
 * template (decision 0038).
 *
 * The HTML comes from react-dom's renderToStaticMarkup, not React Email's
 * `render`: that one streams (renderToReadableStream, a WritableStream and a
 * TextDecoder per message, and a dynamic import on every call), which cost
 * ten times the render itself, about a millisecond a mail. A mail is never
 * hydrated, so the static markup is the same document without React's
 * hydration comments (`<!--$-->`, `<!-- -->`); React Email's doctype goes in
 * front as its `render` puts it. Our templates have no images, so there are
 * no preload links for React Email to strip.
 *
 * The plain text is React Email's own conversion (html-to-text with its
 * selectors), compiled once: its toPlainText compiled them on every call.
 */
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

/** What React Email's `render` puts in front of every document. */
const MAIL_DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

// Loaded once, and dynamically, as React Email loads it: Next refuses a
// static import of react-dom/server in code that server components reach.
type DomServer = typeof import("react-dom/server");
let server: Promise<DomServer> | undefined;
const loadServer = () => import("react-dom/server").then((m) => ("default" in m ? (m.default as DomServer) : m));

export async function renderHtmlAndText(element: ReactElement): Promise<{ html: string; text: string }> {
  const { renderToStaticMarkup } = await (server ??= loadServer());
  // No Suspense boundary around it, unlike React Email's render: inside one,
  // a template that throws renders as an empty document instead of failing,
  // and a blank mail would be queued. Without one it throws (and a template
  // that suspends throws too), so the caller's "mail not composed" path runs.
  const html = MAIL_DOCTYPE + renderToStaticMarkup(element);
  return { html, text: toPlainText(html) };
}
