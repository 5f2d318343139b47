import type { WeeklyHours } from "@sambruk/contracts";
import { parseWallTime, type IsoWeekday, type WeeklyInterval } from "@sambruk/domain";

export const isoWeekdays: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Maps weekly hours from the wire ("HH:mm") to the domain's intervals (minutes after midnight). */
export function toWeeklyIntervals(hours: readonly WeeklyHours[]): WeeklyInterval[] {
  return hours.map((interval) => ({
    weekday: toIsoWeekday(interval.weekday),
    opensMinute: toMinutes(interval.opens),
    closesMinute: toMinutes(interval.closes),
  }));
}

function toIsoWeekday(weekday: number): IsoWeekday {
  const found = isoWeekdays.find((day) => day === weekday);
  if (found === undefined) throw new RangeError(`Not an ISO weekday: ${String(weekday)}`);
  return found;
}

function toMinutes(wallTime: string): number {
  const minutes = parseWallTime(wallTime);
  if (minutes === null) throw new RangeError(`Not a wall time: ${wallTime}`);
  return minutes;
}
