// Dates and times in messages: Europe/Oslo, 24-hour clock, with the weekday, whatever zone the process runs in.
import type { Locale } from "../policy/messages";
import { localDateOf, OSLO } from "../time/zoned";

const INTL_LOCALE: Readonly<Record<Locale, string>> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };
const AT: Readonly<Record<Locale, string>> = { nb: "kl.", nn: "kl.", en: "at" };

function dayFormat(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: OSLO, weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

function timeFormat(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: OSLO, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}

/** "tirsdag 1. desember 2026" / "Tuesday 1 December 2026". */
export function formatOsloDay(instant: Date, locale: Locale): string {
  return dayFormat(locale).format(instant).replace(",", "");
}

/** "tirsdag 1. desember 2026 kl. 18:00" / "Tuesday 1 December 2026 at 18:00". */
export function formatOsloInstant(instant: Date, locale: Locale): string {
  return `${formatOsloDay(instant, locale)} ${AT[locale]} ${timeFormat(locale).format(instant)}`;
}

/** "tirsdag 1. desember 2026 kl. 18:00–20:00"; an end on another Oslo date names that date too. */
export function formatOsloRange(start: Date, end: Date, locale: Locale): string {
  const first = localDateOf(start, OSLO);
  const last = localDateOf(end, OSLO);
  const sameDay = first.year === last.year && first.month === last.month && first.day === last.day;
  const to = sameDay ? timeFormat(locale).format(end) : formatOsloInstant(end, locale);
  return `${formatOsloInstant(start, locale)}–${to}`;
}
