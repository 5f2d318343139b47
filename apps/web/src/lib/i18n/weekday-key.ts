import type { IsoWeekday } from "@sambruk/domain";

const weekdayKeys = {
  1: "weekdays.1",
  2: "weekdays.2",
  3: "weekdays.3",
  4: "weekdays.4",
  5: "weekdays.5",
  6: "weekdays.6",
  7: "weekdays.7",
} as const satisfies Record<IsoWeekday, string>;

/** The translation key of a weekday's name (1 = Monday). */
export function weekdayKey(weekday: IsoWeekday) {
  return weekdayKeys[weekday];
}
