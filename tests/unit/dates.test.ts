import { describe, expect, it } from "vitest";
import { formatDate, formatExact, formatRelative, isTimeZone, relativeOrDate, startOfDay, timeZones } from "@/lib/format/dates";
import { pickLocale } from "@/lib/format/locale";

const at = new Date("2026-12-02T09:52:04.000Z");

describe("dates in the viewer's locale and the store's zone", () => {
  it("formats the same instant per locale and zone, never as UTC ISO", () => {
    expect(formatDate(at, { locale: "en-US", timeZone: "UTC" })).toMatch(/^Dec 2, 2026, 9:52\sAM$/);
    expect(formatDate(at, { locale: "en-GB", timeZone: "Europe/London" })).toBe("2 Dec 2026, 09:52");
    // Tokyo is nine hours ahead: the store's zone moves the clock (and here the day stays).
    expect(formatDate(at, { locale: "en-GB", timeZone: "Asia/Tokyo" })).toBe("2 Dec 2026, 18:52");
    expect(formatDate(at, { locale: "de-DE", timeZone: "America/Los_Angeles" }, "date")).toBe("02.12.2026");
    expect(formatExact(at, { locale: "en-US", timeZone: "UTC" })).toContain("UTC");
  });

  it("says how long ago within a week and the date beyond it", () => {
    const now = at.getTime();
    expect(formatRelative(now - 3 * 60_000, now, "en-US")).toBe("3 min. ago");
    expect(formatRelative(now - 20_000, now, "en-US")).toBe("now");
    expect(formatRelative(now + 2 * 86_400_000, now, "en-US")).toBe("in 2 days");
    expect(relativeOrDate(now - 30 * 86_400_000, { locale: "en-GB", timeZone: "UTC" }, now)).toBe("2 Nov 2026, 09:52");
  });

  it("knows real zones and refuses made-up ones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(timeZones()).toContain("UTC");
    expect(timeZones()).toContain("America/New_York");
  });

  it("takes the viewer's locale from Accept-Language by weight, ignoring junk", () => {
    expect(pickLocale("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr-CH");
    expect(pickLocale("en;q=0.5, de-DE;q=0.9")).toBe("de-DE");
    expect(pickLocale("*, x-\u0000bad")).toBe("en-US");
    expect(pickLocale(null)).toBe("en-US");
  });
});

describe("a store's today starts at its own midnight", () => {
  it("in UTC, at 00:00 UTC", () => {
    expect(startOfDay("UTC", "2026-12-02T15:00:00Z").toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });
  it("west of UTC, still yesterday in UTC terms late in the evening", () => {
    // 22:00 on Dec 1 in New York (EST, -5).
    expect(startOfDay("America/New_York", "2026-12-02T03:00:00Z").toISOString()).toBe("2026-12-01T05:00:00.000Z");
  });
  it("on the day the clocks change, at that day's own 00:00 (EST), not now's offset (EDT)", () => {
    expect(startOfDay("America/New_York", "2026-03-08T20:00:00Z").toISOString()).toBe("2026-03-08T05:00:00.000Z");
  });
  it("with a half-hour offset, already tomorrow locally", () => {
    // 01:30 on Dec 3 in Kolkata (+5:30).
    expect(startOfDay("Asia/Kolkata", "2026-12-02T20:00:00Z").toISOString()).toBe("2026-12-02T18:30:00.000Z");
  });
});
