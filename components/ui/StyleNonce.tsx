"use client";
import { setNonce } from "get-nonce";

/**
 * Hands this response's CSP nonce to get-nonce, which Radix's scroll lock
 * (react-remove-scroll → react-style-singleton) reads when it writes its
 * <style>: without it, opening a dialog would be a CSP violation in
 * production. Set during render so it is in place before any dialog opens.
 */
export function StyleNonce({ nonce }: { nonce?: string }) {
  if (typeof window !== "undefined" && nonce) setNonce(nonce);
  return null;
}
