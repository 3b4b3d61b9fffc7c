/*
 * The one way Plaza shows a moment: Intl, in the viewer's locale and the
 * store's time zone (the console, which is no store's, uses UTC and says so).
 * Pure and isomorphic: the server formats with it, and so does <Time> in the
 * browser. Machine-readable times (APIs, cursors, exports) stay ISO 8601 and
 * never go through here.
 */

import { cachedIntl } from "./intl-cache";

export type DateInput = Date | string | number;

export type DateFormat = {
  /** A BCP 47 tag from the viewer's Accept-Language (lib/format/locale.ts). */
  locale: string;
  /** An IANA zone: the store's setting, or "UTC". */
  timeZone: string;
};

export type DateStyle = "date" | "datetime" | "time";

export const DEFAULT_FORMAT: DateFormat = { locale: "en-US", timeZone: "UTC" };

export function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Whether `zone` is an IANA time zone this runtime knows (the store setting is checked with it). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone this runtime knows, for the store setting's picker. */
export function timeZones(): string[] {
  const all = Intl.supportedValuesOf("timeZone");
  return all.includes("UTC") ? all : ["UTC", ...all];
}

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
  time: { timeStyle: "short" },
};

/** "Dec 2, 2026, 9:52 AM" (en-US) / "2 Dec 2026, 09:52" (en-GB), in the given zone. */
export function formatDate(value: DateInput, fmt: DateFormat = DEFAULT_FORMAT, style: DateStyle = "datetime"): string {
  return cachedIntl(`date|${style}|${fmt.locale}|${fmt.timeZone}`, () => new Intl.DateTimeFormat(fmt.locale, { ...OPTIONS[style], timeZone: fmt.timeZone })).format(toDate(value));
}

/** The exact moment with its zone, for a tooltip: "Wednesday, December 2, 2026 at 9:52:04 AM UTC". */
export function formatExact(value: DateInput, fmt: DateFormat = DEFAULT_FORMAT): string {
  return cachedIntl(`exact|${fmt.locale}|${fmt.timeZone}`, () => new Intl.DateTimeFormat(fmt.locale, { dateStyle: "full", timeStyle: "long", timeZone: fmt.timeZone })).format(toDate(value));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/**
 * "3 min ago", "in 2 days", "just now" (under a minute). Past a week the
 * exact date says more than "5 weeks ago", so callers show formatDate there
 * (see relativeOrDate).
 */
export function formatRelative(value: DateInput, now: DateInput = Date.now(), locale = DEFAULT_FORMAT.locale): string {
  const seconds = Math.round((toDate(value).getTime() - toDate(now).getTime()) / 1000);
  const rtf = cachedIntl(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(0, "second");
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Relative within a week of now, the date and time beyond it. */
export function relativeOrDate(value: DateInput, fmt: DateFormat = DEFAULT_FORMAT, now: DateInput = Date.now()): string {
  const distance = Math.abs(toDate(value).getTime() - toDate(now).getTime());
  return distance < WEEK_MS ? formatRelative(value, now, fmt.locale) : formatDate(value, fmt, "datetime");
}

/** The wall clock of `at` in `timeZone`, read as if it were UTC, minus `at`: the zone's offset then, in ms. */
function zoneOffsetMs(at: number, timeZone: string): number {
  const parts = cachedIntl(`wallclock|${timeZone}`, () => new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
  })).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(at / 1000) * 1000;
}

/**
 * The moment the day containing `now` began in `timeZone` (the store's "today"
 * for its overview). Midnight's offset is looked up at midnight itself, not
 * now, so a day on which the clocks changed still starts at its own 00:00.
 */
export function startOfDay(timeZone: string, now: DateInput = new Date()): Date {
  const at = toDate(now).getTime();
  const wall = new Date(at + zoneOffsetMs(at, timeZone));
  const midnightWall = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  // Two passes: the first guess uses now's offset, the second midnight's own.
  let start = midnightWall - zoneOffsetMs(at, timeZone);
  start = midnightWall - zoneOffsetMs(start, timeZone);
  return new Date(start);
}
