import { formatWallTime, type WeeklyInterval } from "@sambruk/domain";

/** "08:00–16:00, 18:00–21:00"; an empty string when there are none. */
export function formatIntervals(intervals: readonly WeeklyInterval[]): string {
  return intervals
    .map((interval) => `${formatWallTime(interval.opensMinute)}–${formatWallTime(interval.closesMinute)}`)
    .join(", ");
}
