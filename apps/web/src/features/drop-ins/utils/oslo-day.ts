import { TZDate } from "@date-fns/tz";
import { MAX_PROGRAMME_DAYS } from "@sambruk/contracts";
import { OSLO } from "@sambruk/domain";
import { addDays, format, formatISO, startOfDay } from "date-fns";

/** Today's date in Oslo, "yyyy-MM-dd". */
export function osloToday(now: Date): string {
  return format(new TZDate(now.getTime(), OSLO), "yyyy-MM-dd");
}

/** Whether the text is a real calendar date, "yyyy-MM-dd". */
export function isDateText(text: string | null): text is string {
  if (text === null || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year = 0, month = 0, day = 0] = text.split("-").map(Number);
  return format(new TZDate(year, month - 1, day, OSLO), "yyyy-MM-dd") === text;
}

/** The range to look a drop-in window up in: that Oslo day, or from today as far as the API allows. */
export function lookupRange(date: string | null, now: Date): { from: string; to: string } {
  const [year = 0, month = 1, day = 1] = (isDateText(date) ? date : osloToday(now)).split("-").map(Number);
  const start = startOfDay(new TZDate(year, month - 1, day, OSLO));
  const days = isDateText(date) ? 1 : MAX_PROGRAMME_DAYS;
  return { from: formatISO(start), to: formatISO(addDays(start, days)) };
}
