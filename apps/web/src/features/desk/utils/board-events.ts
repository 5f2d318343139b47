import type { BoardBooking, Block, DeskBoard } from "@sambruk/contracts";

/** What the board shows in a space's column: a booking in one of the live states, or blocked time. */
export type BoardState = "requested" | "confirmed" | "checked_in" | "blocked";

export interface BoardEvent {
  id: string;
  start: string;
  end: string;
  state: BoardState;
  /** The visible title: the booking's title, or the block's reason. */
  title: string;
  organisation: string | null;
  noShows: number;
  /** The booking it opens; null for a block. */
  bookingId: string | null;
}

/** The board's live states; anything else (not expected on the board) counts as confirmed time. */
export function stateOf(booking: Pick<BoardBooking, "status">): BoardState {
  return booking.status === "requested" || booking.status === "checked_in" ? booking.status : "confirmed";
}

function bookingEvent(booking: BoardBooking): BoardEvent {
  return {
    id: booking.id,
    start: booking.start,
    end: booking.end,
    state: stateOf(booking),
    title: booking.title,
    organisation: booking.organisation.name,
    noShows: booking.noShows,
    bookingId: booking.id,
  };
}

function blockEvent(block: Block, spaceId: string): BoardEvent {
  return {
    id: `${block.id}-${spaceId}`,
    start: block.start,
    end: block.end,
    state: "blocked",
    title: block.reason,
    organisation: null,
    noShows: 0,
    bookingId: null,
  };
}

/** A space's column: its bookings and the blocks of it or of the whole centre, by start. */
export function spaceEvents(board: DeskBoard, spaceId: string): BoardEvent[] {
  const bookings = board.bookings.filter((booking) => booking.spaceId === spaceId).map(bookingEvent);
  const blocks = board.blocks
    .filter((block) => block.spaceId === null || block.spaceId === spaceId)
    .map((block) => blockEvent(block, spaceId));
  return [...bookings, ...blocks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** Where a booking was dropped on the board: the same space, at another time (not moved until the host confirms). */
export interface DroppedTime {
  bookingId: string;
  spaceId: string;
  start: string;
  end: string;
}

/** Requested and confirmed bookings can be dragged in time; checked-in bookings and blocks stay put. */
export function isDraggable(event: BoardEvent): boolean {
  return event.bookingId !== null && (event.state === "requested" || event.state === "confirmed");
}

/** The event's times shifted by a drag of `deltaMs` milliseconds, as instants. */
export function shiftedBy(event: Pick<BoardEvent, "start" | "end">, deltaMs: number): { start: string; end: string } {
  const shift = (instant: string) => new Date(Date.parse(instant) + deltaMs).toISOString().replace(".000Z", "Z");
  return { start: shift(event.start), end: shift(event.end) };
}
