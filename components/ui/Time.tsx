"use client";
import { createContext, useContext, useSyncExternalStore } from "react";
import { DEFAULT_FORMAT, formatDate, formatExact, relativeOrDate, toDate, type DateFormat, type DateInput, type DateStyle } from "@/lib/format/dates";

/**
 * The viewer's locale (root layout, from Accept-Language) and the zone times
 * are shown in (the dashboard: the store's setting; elsewhere UTC). Nested
 * providers override only what they set.
 */
const FormatContext = createContext<DateFormat>(DEFAULT_FORMAT);

export function DateFormatProvider({ locale, timeZone, children }: Partial<DateFormat> & { children: React.ReactNode }) {
  const outer = useContext(FormatContext);
  return <FormatContext.Provider value={{ locale: locale ?? outer.locale, timeZone: timeZone ?? outer.timeZone }}>{children}</FormatContext.Provider>;
}

export function useDateFormat(): DateFormat {
  return useContext(FormatContext);
}

/*
 * One shared minute clock so "3 min ago" stays true while the page is open.
 * The server snapshot is the current minute, so server and first client
 * render agree unless a minute turns between them (the text then updates,
 * suppressHydrationWarning covers that one node).
 */
let clock = 0;
const currentMinute = () => Math.floor(Date.now() / 60_000) * 60_000;
function subscribe(onChange: () => void) {
  clock = Date.now();
  onChange();
  const timer = setInterval(() => {
    clock = Date.now();
    onChange();
  }, 60_000);
  return () => clearInterval(timer);
}
const clientNow = () => clock || currentMinute();

function useNow(): number {
  return useSyncExternalStore(subscribe, clientNow, currentMinute);
}

/**
 * A moment as <time dateTime title>: the machine-readable instant, the
 * exact time with its zone on hover, and as text either a formatted date or
 * — `relative` — "3 min ago" (beyond a week, the date). The relative text is
 * first rendered against the server's clock and refreshed in the browser.
 */
export function Time({ value, style = "datetime", relative = false, className }: { value: DateInput | null | undefined; style?: DateStyle; relative?: boolean; className?: string }) {
  const fmt = useDateFormat();
  const now = useNow();
  if (value == null) return <span className={className}>—</span>;
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return <span className={className}>—</span>;
  const text = relative ? relativeOrDate(date, fmt, now) : formatDate(date, fmt, style);
  return (
    <time dateTime={date.toISOString()} title={formatExact(date, fmt)} className={className} suppressHydrationWarning>
      {text}
    </time>
  );
}
