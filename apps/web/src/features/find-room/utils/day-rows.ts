import { intersect, parseWallTime, wallDayIntervals } from "@sambruk/domain";
import { firstSlot, type BookingRules, type Slot, type StateSegment } from "./slots";
import { parseLocalDate } from "./week";

export interface RowPiece {
  start: Date;
  end: Date;
  state: "free" | "busy" | "tentative";
  /** For free time: the slot its button offers, or null when none fits (too short, or past). */
  slot: Slot | null;
}

export interface DayRow {
  /** "yyyy-MM-dd" */
  date: string;
  /** Free, busy and tentative time inside the day's window, in order; closed time is left out. */
  pieces: RowPiece[];
}

export interface DayRowsInput {
  segments: readonly StateSegment[];
  /** The days to show, "yyyy-MM-dd". */
  days: readonly string[];
  /** The wall-clock window of each day, "HH:mm". */
  from: string;
  to: string;
  durationMinutes: number;
  rules: BookingRules;
  now: Date;
  timeZone: string;
}

/** A space's availability as the list view shows it: per day, the time within the window, by state. */
export function dayRows(input: DayRowsInput): DayRow[] {
  const fromMinute = parseWallTime(input.from) ?? 0;
  const toMinute = parseWallTime(input.to) ?? 1440;
  return input.days.map((date) => {
    const windows = wallDayIntervals(parseLocalDate(date), fromMinute, toMinute, input.timeZone);
    const pieces: RowPiece[] = [];
    for (const segment of input.segments) {
      if (segment.state === "closed") continue;
      const state = segment.state;
      const interval = { start: new Date(segment.start), end: new Date(segment.end) };
      for (const window of windows) {
        const part = intersect(interval, window);
        if (!part) continue;
        const slot = state === "free" ? firstSlot(part, input.durationMinutes, input.rules, input.now, input.timeZone) : null;
        pieces.push({ start: part.start, end: part.end, state, slot });
      }
    }
    pieces.sort((a, b) => a.start.getTime() - b.start.getTime());
    return { date, pieces };
  });
}
