// The bookings as the front desk reads and decides them: in full, with who booked, under which booker kind, when
// they were checked in and why their status changed.
import type { BookerKind, BookingStatus, Interval } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import type { BookingRecord } from "../bookings/bookings.repository";

type Db = Prisma.TransactionClient;

export const LIVE_STATUSES: BookingStatus[] = ["requested", "confirmed", "checked_in"];

export interface DeskBookingRecord extends BookingRecord {
  bookedByName: string;
  /** Whose tier the request weighs with, with the organisation's standing as a house service. */
  bookerKind: BookerKind;
  houseService: boolean;
  checkedInAt: Date | null;
  statusReason: string | null;
  /** SHA-256 of the organiser's check-in token; null until the booking is approved at the desk. */
  checkInTokenHash: string | null;
}

export interface StatusChange {
  status: BookingStatus;
  statusReason?: string | null;
  checkedInAt?: Date | null;
  checkInTokenHash?: string | null;
}

/** Which stored state a change applies to: one of these statuses, and the version when given. */
export interface StatusGuard {
  from: readonly BookingStatus[];
  version?: number | undefined;
}

export interface DeskBookingsRepository {
  findById(id: string): Promise<DeskBookingRecord | null>;
  findByIds(ids: readonly string[]): Promise<DeskBookingRecord[]>;
  /** The centre's bookings in these statuses that overlap the range, by start. */
  findInCentre(centreId: string, range: Interval, statuses?: readonly BookingStatus[]): Promise<DeskBookingRecord[]>;
  /** The released bookings of the organisations starting in the period: their no-shows. */
  findReleased(organisationIds: readonly string[], period: Interval): Promise<{ organisationId: string; status: BookingStatus; start: Date }[]>;
  /** Applies the change (version + 1) only if the stored booking passes the guard (in SQL); null when it does not. */
  changeStatus(id: string, guard: StatusGuard, change: StatusChange): Promise<DeskBookingRecord | null>;
}

const deskSelect = {
  id: true, spaceId: true, bookedById: true, activityTypeId: true, title: true, description: true,
  expectedAttendees: true, startsAt: true, endsAt: true, status: true, visibility: true, version: true,
  source: true, requestHash: true, createdAt: true, updatedAt: true,
  seriesId: true, kind: true, appointmentMinutes: true, appointmentModes: true, meetingLink: true,
  bookerKind: true, checkedInAt: true, statusReason: true, checkInTokenHash: true,
  space: { select: { centreId: true } },
  organisation: { select: { id: true, name: true, kind: true, houseService: true } },
  bookedBy: { select: { displayName: true } },
} satisfies Prisma.BookingSelect;

type DeskRow = Prisma.BookingGetPayload<{ select: typeof deskSelect }>;

const byStart = [{ startsAt: "asc" }, { id: "asc" }] satisfies Prisma.BookingOrderByWithRelationInput[];

export function createDeskBookingsRepository(db: Db): DeskBookingsRepository {
  const findById = async (id: string) => {
    const row = await db.booking.findUnique({ where: { id }, select: deskSelect });
    return row ? toRecord(row) : null;
  };
  return {
    findById,
    async findByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await db.booking.findMany({ where: { id: { in: [...ids] } }, select: deskSelect, orderBy: byStart });
      return rows.map(toRecord);
    },
    async findInCentre(centreId, range, statuses = LIVE_STATUSES) {
      const rows = await db.booking.findMany({
        where: { space: { centreId }, status: { in: [...statuses] }, startsAt: { lt: range.end }, endsAt: { gt: range.start } },
        select: deskSelect,
        orderBy: byStart,
      });
      return rows.map(toRecord);
    },
    async findReleased(organisationIds, period) {
      if (organisationIds.length === 0) return [];
      const rows = await db.booking.findMany({
        where: { organisationId: { in: [...new Set(organisationIds)] }, status: "released", startsAt: { gte: period.start, lt: period.end } },
        select: { organisationId: true, status: true, startsAt: true },
      });
      return rows.map((row) => ({ organisationId: row.organisationId, status: row.status, start: row.startsAt }));
    },
    async changeStatus(id, guard, change) {
      const { count } = await db.booking.updateMany({
        where: { id, status: { in: [...guard.from] }, ...(guard.version === undefined ? {} : { version: guard.version }) },
        data: { ...change, version: { increment: 1 } },
      });
      return count === 1 ? findById(id) : null;
    },
  };
}

function toRecord(row: DeskRow): DeskBookingRecord {
  const { space, startsAt, endsAt, kind, appointmentMinutes, appointmentModes, meetingLink, bookedBy, organisation, ...rest } = row;
  const dropIn = kind === "drop_in" ? { appointmentMinutes, modes: appointmentModes, meetingLink } : null;
  const { houseService, ...organisationRef } = organisation;
  return { ...rest, organisation: organisationRef, houseService, centreId: space.centreId, start: startsAt, end: endsAt, dropIn, bookedByName: bookedBy.displayName };
}
