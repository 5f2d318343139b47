// What the notice sweep reads and writes: the booked occurrences still to come, the closures over them, and
// each occurrence's notice.
import type { Interval } from "@sambruk/domain";
import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface UpcomingOccurrence {
  seriesId: string;
  date: Date;
  start: Date;
  end: Date;
  spaceId: string;
  centreId: string;
  timeZone: string;
  openOnHolidays: boolean;
  notice: unknown;
  /** The occurrence's booking and who made it: the one to tell. */
  bookingId: string;
  bookedById: string;
}

export interface ClosureRow {
  centreId: string | null;
  spaceId: string | null;
  start: Date;
  end: Date;
  reason: string;
}

/** Booked occurrences of active series, with a live booking, that start after `now`. */
export async function findUpcomingOccurrences(db: Db, now: Date): Promise<UpcomingOccurrence[]> {
  const rows = await db.seriesOccurrence.findMany({
    where: {
      state: "booked",
      startsAt: { gt: now },
      series: { status: "active" },
      booking: { status: { in: ["requested", "confirmed", "checked_in"] } },
    },
    select: {
      seriesId: true, date: true, startsAt: true, endsAt: true, notice: true, bookingId: true, booking: { select: { bookedById: true } },
      series: { select: { spaceId: true, space: { select: { centre: { select: { id: true, timeZone: true, openOnHolidays: true } } } } } },
    },
    orderBy: [{ startsAt: "asc" }],
  });
  // A booked occurrence whose booking was deleted has no one to tell and nothing to mark.
  return rows.flatMap((row) => {
    if (!row.bookingId || !row.booking) return [];
    const { centre } = row.series.space;
    return [
      {
        seriesId: row.seriesId,
        date: row.date,
        start: row.startsAt,
        end: row.endsAt,
        spaceId: row.series.spaceId,
        centreId: centre.id,
        timeZone: centre.timeZone,
        openOnHolidays: centre.openOnHolidays,
        notice: row.notice,
        bookingId: row.bookingId,
        bookedById: row.booking.bookedById,
      },
    ];
  });
}

/** Closures of these centres or spaces that overlap the range. */
export async function findClosures(db: Db, centreIds: readonly string[], spaceIds: readonly string[], range: Interval): Promise<ClosureRow[]> {
  const rows = await db.closure.findMany({
    where: {
      OR: [{ centreId: { in: [...centreIds] } }, { spaceId: { in: [...spaceIds] } }],
      startsAt: { lt: range.end },
      endsAt: { gt: range.start },
    },
    select: { centreId: true, spaceId: true, startsAt: true, endsAt: true, reason: true },
  });
  return rows.map((row) => ({ centreId: row.centreId, spaceId: row.spaceId, start: row.startsAt, end: row.endsAt, reason: row.reason }));
}

/** Sets (or, with null, clears) an occurrence's notice. */
export async function setNotice(db: Db, seriesId: string, date: Date, notice: Prisma.InputJsonObject | null): Promise<void> {
  await db.seriesOccurrence.update({
    where: { seriesId_date: { seriesId, date } },
    data: { notice: notice ?? Prisma.DbNull },
  });
}
