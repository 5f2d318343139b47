import type { Centre } from "@sambruk/contracts";
import { isoWeekdayOf, todayAt, type IsoWeekday, type WeeklyInterval } from "@sambruk/domain";
import { toWeeklyIntervals } from "./weekly-intervals";

export interface CentreToday {
  /** Today's weekday in the centre's time zone. */
  weekday: IsoWeekday;
  opening: WeeklyInterval[];
  staffed: WeeklyInterval[];
  openNow: boolean;
}

/** Today's opening and staffed hours of a centre, in its own time zone, at `now`. */
export function centreToday(centre: Centre, now: Date): CentreToday {
  const opening = todayAt(toWeeklyIntervals(centre.openingHours), now, centre.timeZone);
  const staffed = todayAt(toWeeklyIntervals(centre.staffedHours), now, centre.timeZone);
  return {
    weekday: isoWeekdayOf(opening.date),
    opening: opening.intervals,
    staffed: staffed.intervals,
    openNow: opening.openNow,
  };
}
