import {
  localDateOf,
  publicHolidaysBetween,
  type Booking,
  type CentreSnapshot,
  type Interval,
  type IsoWeekday,
} from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { spaceSelect, toSpaceRecord, type SpaceRecord } from "./spaces.repository";

type Db = Prisma.TransactionClient;

/** Bookings this far outside the range are loaded too, so buffers reaching into it are seen. */
const MARGIN_MS = 24 * 3600_000;
const LIVE_STATUSES = ["requested", "confirmed", "checked_in"] as const;

export interface LoadedCentre extends CentreSnapshot {
  spaces: SpaceRecord[];
}

/**
 * Everything the rules need to judge the centre's spaces in `range`: weekly opening hours, holidays,
 * closures (the centre's and each space's), its spaces, and its live bookings near the range.
 * Returns null when the centre does not exist.
 */
export async function loadCentreSnapshot(db: Db, centreId: string, range: Interval): Promise<LoadedCentre | null> {
  const from = new Date(range.start.getTime() - MARGIN_MS);
  const to = new Date(range.end.getTime() + MARGIN_MS);
  const centre = await db.centre.findUnique({
    where: { id: centreId },
    select: {
      id: true,
      timeZone: true,
      openOnHolidays: true,
      hours: { where: { kind: "opening" }, select: { weekday: true, opensMinute: true, closesMinute: true } },
      spaces: { select: spaceSelect },
    },
  });
  if (!centre) return null;
  const spaceIds = centre.spaces.map((space) => space.id);
  const [closures, bookings] = await Promise.all([
    db.closure.findMany({
      where: { OR: [{ centreId }, { spaceId: { in: spaceIds } }], startsAt: { lt: to }, endsAt: { gt: from } },
      select: { spaceId: true, startsAt: true, endsAt: true },
    }),
    db.booking.findMany({
      where: { spaceId: { in: spaceIds }, status: { in: [...LIVE_STATUSES] }, startsAt: { lt: to }, endsAt: { gt: from } },
      select: { id: true, spaceId: true, status: true, startsAt: true, endsAt: true },
    }),
  ]);
  const spaceClosures: Record<string, Interval[]> = {};
  for (const closure of closures.filter((c) => c.spaceId)) {
    (spaceClosures[closure.spaceId as string] ??= []).push({ start: closure.startsAt, end: closure.endsAt });
  }
  const holidays = publicHolidaysBetween(localDateOf(from, centre.timeZone), localDateOf(to, centre.timeZone));
  return {
    centreId: centre.id,
    opening: {
      weeklyHours: centre.hours.map((h) => ({ weekday: h.weekday as IsoWeekday, opensMinute: h.opensMinute, closesMinute: h.closesMinute })),
      closures: closures.filter((c) => !c.spaceId).map((c) => ({ start: c.startsAt, end: c.endsAt })),
      holidays: holidays.map((holiday) => holiday.date),
      openOnHolidays: centre.openOnHolidays,
      timeZone: centre.timeZone,
    },
    spaceClosures,
    spaces: centre.spaces.map(toSpaceRecord),
    bookings: bookings.map(
      (b): Booking => ({ id: b.id, spaceId: b.spaceId, status: b.status, start: b.startsAt, end: b.endsAt }),
    ),
  };
}
