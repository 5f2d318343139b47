import { intersect, localDatesOf, wallDayIntervals } from "@sambruk/domain";
import type { CalendarEvent } from "../../../components/calendar/calendar-event";
import { describeRange, type LabelFormat } from "./labels";
import type { StateSegment } from "./slots";

/**
 * One space's segments as week-calendar events, cut at the zone's midnights (the calendar draws each day in
 * its own column, and each part needs its own name): the state in words and an accessible label.
 */
export function calendarEvents(
  spaceId: string,
  segments: readonly StateSegment[],
  fmt: LabelFormat,
  names: Record<StateSegment["state"], string>,
): CalendarEvent[] {
  return segments.flatMap((segment) => {
    const interval = { start: new Date(segment.start), end: new Date(segment.end) };
    return localDatesOf(interval, fmt.timeZone).flatMap((date) =>
      wallDayIntervals(date, 0, 1440, fmt.timeZone).flatMap((day) => {
        const part = intersect(interval, day);
        if (!part) return [];
        return [
          {
            id: `${spaceId}-${part.start.toISOString()}`,
            start: part.start.toISOString(),
            end: part.end.toISOString(),
            kind: segment.state,
            title: names[segment.state],
            label: `${names[segment.state]}, ${describeRange(part.start, part.end, fmt)}`,
          },
        ];
      }),
    );
  });
}
