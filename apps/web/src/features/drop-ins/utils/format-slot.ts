import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { format, type Locale } from "date-fns";

/** "torsdag 12. mars 2026, 10:00–10:15" in Oslo time, in the language's own form, 24-hour clock. */
export function formatSlot(start: string, end: string, locale: Locale): string {
  const from = new TZDate(start, OSLO);
  return `${format(from, "PPPP", { locale })}, ${format(from, "HH:mm")}–${format(new TZDate(end, OSLO), "HH:mm")}`;
}
