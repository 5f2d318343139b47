// GET /desk/centres/{id}/day: the board of one day in the centre's zone: spaces, bookings, blocks, no-shows.
import type { DeskBoard } from "@sambruk/contracts";
import { intervalBetween, noShowCount, wallDayIntervals, type Actor, type Interval } from "@sambruk/domain";
import { notFound } from "../../http/problem";
import { requireDeskOf } from "./desk-access";
import type { DeskDeps } from "./desk.deps";
import { blockDtoOf, deskBookingDtoOf } from "./desk.mapper";

/** The no-shows shown beside an organisation are those of this many days before now. */
export const NO_SHOW_DAYS = 180;

export async function deskDay(deps: DeskDeps, actor: Actor, centreId: string, date: string): Promise<DeskBoard> {
  requireDeskOf(actor, centreId);
  const centre = await deps.store.places.findCentre(centreId);
  if (!centre) throw notFound(`No centre with id ${centreId}.`);
  const day = dayOf(date, centre.timeZone);
  const [spaces, bookings, blocks] = await Promise.all([
    deps.store.places.findSpaces(centreId),
    deps.store.bookings.findInCentre(centreId, day),
    deps.store.places.findBlocks(centreId, day),
  ]);
  const now = deps.now();
  const period = intervalBetween(now.getTime() - NO_SHOW_DAYS * 24 * 3600_000, now);
  const released = await deps.store.bookings.findReleased(bookings.map((b) => b.organisation.id), period);
  const noShowsOf = (organisationId: string) => noShowCount(released.filter((r) => r.organisationId === organisationId), period);
  return {
    centreId,
    date,
    spaces: spaces.map((space) => ({ id: space.id, name: space.name, capacity: space.capacity, partOf: space.partOf })),
    bookings: bookings.map((booking) => ({ ...deskBookingDtoOf(booking), noShows: noShowsOf(booking.organisation.id) })),
    blocks: blocks.map(blockDtoOf),
  };
}

/** 00:00–24:00 on the wall clock of the date: 23 or 25 hours on the days the clocks change. */
function dayOf(date: string, timeZone: string): Interval {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const pieces = wallDayIntervals({ year, month, day }, 0, 24 * 60, timeZone);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return first && last ? intervalBetween(first.start, last.end) : intervalBetween(0, 0);
}
