import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { OSLO } from "@sambruk/domain";
import { dateLocale } from "../../../lib/date-locale";

/** "tirsdag 17. mars 2026, 18:00–20:00" in Oslo time, in the app's language, on a 24-hour clock. */
export function formatWhen(start: string, end: string, language: string): string {
  const locale = dateLocale(language);
  const from = new TZDate(start, OSLO);
  const to = new TZDate(end, OSLO);
  return `${format(from, "PPPP", { locale })}, ${format(from, "HH:mm")}–${format(to, "HH:mm")}`;
}
