import { TZDate } from "@date-fns/tz";
import { OSLO } from "@sambruk/domain";
import { format, type Locale } from "date-fns";

/** When a notification came, on the wall clock of Oslo, 24-hour: "12. mars 2026, 10:30". */
export function formatNotificationTime(instant: string, locale: Locale, timeZone: string = OSLO): string {
  const at = new TZDate(instant, timeZone);
  return `${format(at, "PPP", { locale })}, ${format(at, "HH:mm", { locale })}`;
}
