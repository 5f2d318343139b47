import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { OSLO } from "@sambruk/domain";
import { dateLocale } from "../../../lib/date-locale";

/** "tirsdag 17. mars 2026, 18:00–20:00"; across days, both dates. */
export function formatSpan(start: string, end: string, language: string): string {
  const from = new TZDate(start, OSLO);
  const to = new TZDate(end, OSLO);
  if (format(from, "yyyy-MM-dd") !== format(to, "yyyy-MM-dd")) return `${formatInstant(start, language)} – ${formatInstant(end, language)}`;
  return `${format(from, "PPPP", { locale: dateLocale(language) })}, ${format(from, "HH:mm")}–${format(to, "HH:mm")}`;
}

/** "tirsdag 17. mars 2026, 18:00" on Oslo's clock. */
export function formatInstant(instant: string, language: string): string {
  const at = new TZDate(instant, OSLO);
  return `${format(at, "PPPP", { locale: dateLocale(language) })}, ${format(at, "HH:mm")}`;
}
