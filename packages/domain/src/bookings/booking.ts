// Bookings as the rules see them: a space, a time range and a status. No personal data.
import { intervalBetween, type Interval } from "../time/interval";
import type { BookingParameters } from "../spaces/space";

export const BOOKING_STATUSES = ["requested", "confirmed", "checked_in", "cancelled", "rejected", "released", "bumped"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export interface Booking {
  id: string;
  spaceId: string;
  status: BookingStatus;
  start: Date;
  end: Date;
}

/** What occupied time needs of a space: its buffers. */
export interface Buffered {
  booking: Pick<BookingParameters, "bufferBeforeMinutes" | "bufferAfterMinutes">;
}

const MINUTE_MS = 60_000;
const NO_BUFFERS: Buffered = { booking: { bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } };

/** Only confirmed and checked-in bookings hold time (the database constraint covers exactly these). */
export function holdsTime(status: BookingStatus): boolean {
  return status === "confirmed" || status === "checked_in";
}

/** The time a booking keeps its space from others: [start − buffer before, end + buffer after). */
export function occupiedInterval(booking: Pick<Booking, "start" | "end">, space: Buffered): Interval {
  return intervalBetween(
    booking.start.getTime() - space.booking.bufferBeforeMinutes * MINUTE_MS,
    booking.end.getTime() + space.booking.bufferAfterMinutes * MINUTE_MS,
  );
}

/** A booking's occupied time, looking its space up by id; a space not in the map counts with no buffers. */
export function occupiedIntervalIn(booking: Booking, spacesById: ReadonlyMap<string, Buffered>): Interval {
  return occupiedInterval(booking, spacesById.get(booking.spaceId) ?? NO_BUFFERS);
}
