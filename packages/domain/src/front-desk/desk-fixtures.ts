// Builders for the front desk's tests: a hall with two parts and a room at one centre, and desk bookings.
// Not exported from the package.
import type { BookingStatus } from "../bookings/booking";
import type { PriorityTier } from "../policy/priority";
import { at, makeSpace } from "../testing/fixtures";
import type { DeskBooking } from "./conflict-sets";

export const hall = makeSpace("hall", { kind: "hall", partIds: ["hall-a", "hall-b"] });
export const partA = makeSpace("hall-a", { kind: "hall" });
export const partB = makeSpace("hall-b", { kind: "hall" });
export const room = makeSpace("room", {}, { bufferAfterMinutes: 15 });
export const elsewhere = makeSpace("elsewhere", { centreId: "heggedal" });
export const spaces = [hall, partA, partB, room, elsewhere];

/** A booking on 2026-11-23 between two "HH:mm" UTC times, requested at `createdAt` (default 2026-11-01). */
export function desk(
  id: string,
  spaceId: string,
  from: string,
  to: string,
  options: { status?: BookingStatus; tier?: PriorityTier; createdAt?: string } = {},
): DeskBooking {
  return {
    id,
    spaceId,
    status: options.status ?? "requested",
    start: at(`2026-11-23T${from}:00Z`),
    end: at(`2026-11-23T${to}:00Z`),
    tier: options.tier ?? 3,
    createdAt: at(options.createdAt ?? "2026-11-01T12:00:00Z"),
  };
}

export const ids = (list: readonly { id: string }[]): string[] => list.map((b) => b.id);
