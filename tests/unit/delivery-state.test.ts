import { describe, expect, it } from "vitest";
import { deliveryState } from "@/lib/mail/delivery-state";

const base = { sentAt: null, failedAt: null, attempts: 0, lastError: null, nextAttemptAt: new Date("2026-01-02T03:04:05Z") };

describe("deliveryState", () => {
  it("says what the mailbox shows for each state", () => {
    expect(deliveryState(base)).toEqual({ status: "queued", text: "not sent" });
    expect(deliveryState({ ...base, attempts: 1, sentAt: new Date() })).toEqual({ status: "sent", text: "sent" });
    expect(deliveryState({ ...base, attempts: 3, sentAt: new Date() }).text).toBe("sent (after 3 attempts)");
    expect(deliveryState({ ...base, attempts: 2, lastError: "451 try later" })).toEqual({
      status: "retrying",
      // Intl's space before AM is U+0020 or U+202F depending on the ICU version.
      text: expect.stringMatching(/^2 attempts failed \(451 try later\); next try Jan 2, 2026, 3:04\sAM UTC$/),
    });
    expect(deliveryState({ ...base, attempts: 8, lastError: "timeout", failedAt: new Date() })).toEqual({
      status: "failed",
      text: "failed after 8 attempts, not retried: timeout",
    });
  });
});
