// A series' occurrences as instants: each date at the series' wall-clock times in the centre's zone.
import type { Interval } from "../time/interval";
import type { LocalDate } from "../time/zoned";

export interface Occurrence {
  date: LocalDate;
  interval: Interval;
}

/**
 * Each date at `startTime`–`endTime` ("HH:mm"; "24:00" is the next midnight) in the zone. A time the clocks skip
 * (02:30 on the spring-forward day) starts at the jump (03:00); a repeated time takes its first instant. An
 * occurrence that would be empty is left out.
 */
export function occurrencesOf(dates: readonly LocalDate[], times: { startTime: string; endTime: string; timeZone: string }): Occurrence[] {
  void dates;
  void times;
  throw new Error("not implemented");
}
