import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { OSLO } from "@sambruk/domain";
import { dateLocale } from "../../../lib/date-locale";

/** "tirsdag 17. mars 2026, 18:00–20:00" on Oslo's 24-hour clock, in the app's language. */
export function formatOfferSpan(start: string, end: string, language: string): string {
  const locale = dateLocale(language);
  const from = new TZDate(start, OSLO);
  return `${format(from, "PPPP", { locale })}, ${format(from, "HH:mm")}–${format(new TZDate(end, OSLO), "HH:mm")}`;
}

/** "tirsdag 17. mars 2026, 18:00" on Oslo's clock. */
export function formatOfferInstant(instant: string, language: string): string {
  const at = new TZDate(instant, OSLO);
  return `${format(at, "PPPP", { locale: dateLocale(language) })}, ${format(at, "HH:mm")}`;
}
