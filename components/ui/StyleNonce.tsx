"use client";
import { setNonce } from "get-nonce";

let handedOver = false;

/**
 * Hands the document's CSP nonce to get-nonce, which Radix's scroll lock
 * (react-remove-scroll → react-style-singleton) reads when it writes its
 * <style>: without it, opening a dialog would be a CSP violation in
 * production. Set during render so it is in place before any dialog opens.
 *
 * Only once, and only the document's own: the policy that holds is the one
 * the document arrived with, while a server action's answer re-renders this
 * layout with the nonce of that later request (and a navigation's with
 * none), so a later prop would make every later style a violation.
 */
export function StyleNonce({ nonce }: { nonce?: string }) {
  if (typeof window !== "undefined" && !handedOver) {
    // A script's nonce stays readable as a property although the browser hides the attribute.
    const own = document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || nonce;
    if (own) {
      setNonce(own);
      handedOver = true;
    }
  }
  return null;
}
