// The bookings the calendar feeds show: a space's or a centre's time-holding ones, a user's own, an
// organisation's; each with its place, its activity type's sensitivity and its organisation.
import type { BookingStatus, Interval, OrganisationKind, Sensitivity } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { findBookingIdsInRange } from "../bookings/booking-range.repository";

type Db = Prisma.TransactionClient;

/** Only confirmed and checked-in bookings hold time; requests are not shown publicly. */
export const TIME_HOLDING: BookingStatus[] = ["confirmed", "checked_in"];

export interface FeedBooking {
  id: string;
  start: Date;
  end: Date;
  title: string;
  status: BookingStatus;
  visibility: "public" | "busy_only";
  version: number;
  updatedAt: Date;
  sensitivity: Sensitivity;
  space: { name: string };
  centre: { name: string; streetAddress: string; postalCode: string; postalTown: string };
  organisation: { name: string; kind: OrganisationKind };
}

export interface FeedBookingsRepository {
  /** The time-holding bookings of a space or of every space of a centre that overlap the range. */
  findPublic(place: { spaceId: string } | { centreId: string }, range: Interval): Promise<FeedBooking[]>;
  /** Every booking, whatever its status, the user made or the organisation holds, overlapping the range. */
  findOwn(owner: { bookedById: string } | { organisationId: string }, range: Interval): Promise<FeedBooking[]>;
  findSpace(id: string): Promise<{ name: string; centreName: string } | null>;
  findCentre(id: string): Promise<{ name: string } | null>;
}

const feedBookingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  visibility: true,
  version: true,
  updatedAt: true,
  activityType: { select: { sensitivity: true } },
  organisation: { select: { name: true, kind: true } },
  space: { select: { name: true, centre: { select: { name: true, streetAddress: true, postalCode: true, postalTown: true } } } },
} satisfies Prisma.BookingSelect;

type FeedBookingRow = Prisma.BookingGetPayload<{ select: typeof feedBookingSelect }>;
const byStart = [{ startsAt: "asc" as const }, { id: "asc" as const }];

export function createFeedBookingsRepository(db: Db): FeedBookingsRepository {
  return {
    async findPublic(place, range) {
      const ids = await findBookingIdsInRange(db, { ...place, range, statuses: TIME_HOLDING });
      if (ids.length === 0) return [];
      const rows = await db.booking.findMany({ where: { id: { in: ids }, status: { in: TIME_HOLDING } }, select: feedBookingSelect, orderBy: byStart });
      return rows.map(toFeedBooking);
    },
    async findOwn(owner, range) {
      const rows = await db.booking.findMany({
        where: { ...owner, startsAt: { lt: range.end }, endsAt: { gt: range.start } },
        select: feedBookingSelect,
        orderBy: byStart,
      });
      return rows.map(toFeedBooking);
    },
    async findSpace(id) {
      const row = await db.space.findUnique({ where: { id }, select: { name: true, centre: { select: { name: true } } } });
      return row ? { name: row.name, centreName: row.centre.name } : null;
    },
    async findCentre(id) {
      return db.centre.findUnique({ where: { id }, select: { name: true } });
    },
  };
}

function toFeedBooking(row: FeedBookingRow): FeedBooking {
  const { centre, name } = row.space;
  return {
    id: row.id,
    start: row.startsAt,
    end: row.endsAt,
    title: row.title,
    status: row.status,
    visibility: row.visibility,
    version: row.version,
    updatedAt: row.updatedAt,
    sensitivity: row.activityType.sensitivity,
    space: { name },
    centre,
    organisation: row.organisation,
  };
}
