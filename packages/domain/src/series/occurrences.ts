// A series' occurrences as instants: each date at the series' wall-clock times in the centre's zone.
import type { Interval } from "../time/interval";
import { intervalBetween, isEmpty } from "../time/interval";
import { instantAt, resolveWallClock, type WallClockPolicy } from "../time/wall-clock-instant";
import { parseWallTime } from "../time/wall-time";
import type { LocalDate } from "../time/zoned";

export interface Occurrence {
  date: LocalDate;
  interval: Interval;
}

/** A skipped time starts at the jump; a repeated time is taken the first time it happens. */
const SERIES_WALL_CLOCK: WallClockPolicy = { nonexistent: "transition", ambiguous: "earlier" };

/**
 * Each date at `startTime`–`endTime` ("HH:mm"; "24:00" is the next midnight) in the zone. A time the clocks skip
 * (02:30 on the spring-forward day) starts at the jump (03:00); a repeated time takes its first instant. An
 * occurrence that would be empty is left out. Throws a RangeError for a time that is not "HH:mm".
 */
export function occurrencesOf(dates: readonly LocalDate[], times: { startTime: string; endTime: string; timeZone: string }): Occurrence[] {
  const from = minutesOf(times.startTime);
  const to = minutesOf(times.endTime);
  return dates.flatMap((date) => {
    // Minute 1440 of a date is the wall clock's 00:00 of the next one.
    const start = resolveWallClock(instantAt(date, from, times.timeZone), SERIES_WALL_CLOCK);
    const end = resolveWallClock(instantAt(date, to, times.timeZone), SERIES_WALL_CLOCK);
    if (start === null || end === null) return [];
    const interval = intervalBetween(start, end);
    return isEmpty(interval) ? [] : [{ date, interval }];
  });
}

function minutesOf(text: string): number {
  const minutes = parseWallTime(text);
  if (minutes === null) throw new RangeError(`Not a wall time: ${text}`);
  return minutes;
}
