import type { BookerKind, BookingStatus, Interval, OrganisationKind } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { findBookingIdsInRange } from "./booking-range.repository";

type Db = Prisma.TransactionClient;

export type BookingSource = "web" | "api" | "front_desk" | "series";
export type Visibility = "public" | "busy_only";
export type AppointmentMode = "in_person" | "digital";

/** A drop-in window's settings as stored on its booking. */
export interface DropInRecord {
  appointmentMinutes: number | null;
  modes: AppointmentMode[];
  meetingLink: string | null;
}

/** A booking as stored, with what its views need of its space and organisation. */
export interface BookingRecord {
  id: string;
  centreId: string;
  spaceId: string;
  organisation: { id: string; name: string; kind: OrganisationKind };
  bookedById: string;
  activityTypeId: string;
  title: string;
  description: string | null;
  expectedAttendees: number;
  start: Date;
  end: Date;
  status: BookingStatus;
  visibility: Visibility;
  version: number;
  source: BookingSource;
  requestHash: string | null;
  /** The series the booking is an occurrence of. */
  seriesId: string | null;
  /** A drop-in window's settings; null for other bookings. */
  dropIn: DropInRecord | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewBooking = Pick<
  BookingRecord,
  "spaceId" | "bookedById" | "activityTypeId" | "title" | "description" | "expectedAttendees" | "start" | "end" | "status" | "visibility" | "source"
> & {
  organisationId: string;
  bookerKind: BookerKind;
  /** A series' occurrences have none: the series carries the key. */
  idempotencyKey: string | null;
  requestHash: string | null;
  seriesId?: string | null;
  dropIn?: DropInRecord | null;
};

export type BookingChanges = Partial<
  Pick<NewBooking, "spaceId" | "title" | "description" | "expectedAttendees" | "start" | "end" | "status" | "visibility">
>;

export interface BookingFilter {
  centreId?: string | undefined;
  spaceId?: string | undefined;
  range: Interval;
  statuses?: BookingStatus[] | undefined;
}

/** An organisation's bookings, or those a user made; upcoming (not ended) by start, or past, latest first. */
export interface OwnBookingsFilter {
  organisationId?: string | undefined;
  bookedById?: string | undefined;
  period: "upcoming" | "past";
  now: Date;
  limit: number;
}

export interface BookingsRepository {
  findOwn(filter: OwnBookingsFilter): Promise<BookingRecord[]>;
  /** The display names of the users who booked, by id. */
  bookerNames(userIds: readonly string[]): Promise<Map<string, string>>;
  findById(id: string): Promise<BookingRecord | null>;
  findByIdempotencyKey(bookedById: string, key: string): Promise<BookingRecord | null>;
  /** Bookings overlapping the range, by start. */
  findMany(filter: BookingFilter): Promise<BookingRecord[]>;
  /** `known` is what the caller has already read (the space's centre, the organisation): not read again. */
  insert(booking: NewBooking, known: Pick<BookingRecord, "centreId" | "organisation">): Promise<BookingRecord>;
  /** Applies the changes only if the stored version is `version` (in SQL); null when it is not. */
  updateIfVersion(id: string, version: number, changes: BookingChanges): Promise<BookingRecord | null>;
}

const scalarSelect = {
  id: true, spaceId: true, bookedById: true, activityTypeId: true, title: true, description: true,
  expectedAttendees: true, startsAt: true, endsAt: true, status: true, visibility: true, version: true,
  source: true, requestHash: true, createdAt: true, updatedAt: true,
  seriesId: true, kind: true, appointmentMinutes: true, appointmentModes: true, meetingLink: true,
} satisfies Prisma.BookingSelect;

const bookingSelect = {
  ...scalarSelect,
  space: { select: { centreId: true } },
  organisation: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.BookingSelect;

type BookingRow = Prisma.BookingGetPayload<{ select: typeof bookingSelect }>;

export function createBookingsRepository(db: Db): BookingsRepository {
  const findById = async (id: string) => {
    const row = await db.booking.findUnique({ where: { id }, select: bookingSelect });
    return row ? toRecord(row) : null;
  };
  return {
    findById,
    async findOwn({ organisationId, bookedById, period, now, limit }) {
      const rows = await db.booking.findMany({
        where: {
          ...(organisationId ? { organisationId } : {}),
          ...(bookedById ? { bookedById } : {}),
          endsAt: period === "upcoming" ? { gt: now } : { lte: now },
        },
        select: bookingSelect,
        orderBy: period === "upcoming" ? [{ startsAt: "asc" }, { id: "asc" }] : [{ startsAt: "desc" }, { id: "asc" }],
        take: limit,
      });
      return rows.map(toRecord);
    },
    async bookerNames(userIds) {
      const rows = await db.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, displayName: true } });
      return new Map(rows.map((row) => [row.id, row.displayName]));
    },
    async findByIdempotencyKey(bookedById, key) {
      const row = await db.booking.findUnique({
        where: { bookedById_idempotencyKey: { bookedById, idempotencyKey: key } },
        select: bookingSelect,
      });
      return row ? toRecord(row) : null;
    },
    async findMany(filter) {
      const ids = await findBookingIdsInRange(db, filter);
      if (ids.length === 0) return [];
      const rows = await db.booking.findMany({
        where: { id: { in: ids } },
        select: bookingSelect,
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toRecord);
    },
    async insert(booking, known) {
      const { start, end, dropIn, ...rest } = booking;
      const dropInData = dropIn
        ? { kind: "drop_in" as const, appointmentMinutes: dropIn.appointmentMinutes, appointmentModes: dropIn.modes, meetingLink: dropIn.meetingLink }
        : {};
      // One statement in the transaction that holds the new claims: no relation reads after it.
      const row = await db.booking.create({ data: { ...rest, ...dropInData, startsAt: start, endsAt: end }, select: scalarSelect });
      return toRecord({ ...row, space: { centreId: known.centreId }, organisation: known.organisation });
    },
    async updateIfVersion(id, version, changes) {
      const { start, end, ...rest } = changes;
      const { count } = await db.booking.updateMany({
        where: { id, version },
        data: {
          ...rest,
          ...(start ? { startsAt: start } : {}),
          ...(end ? { endsAt: end } : {}),
          version: { increment: 1 },
        },
      });
      return count === 1 ? findById(id) : null;
    },
  };
}

function toRecord(row: BookingRow): BookingRecord {
  const { space, startsAt, endsAt, kind, appointmentMinutes, appointmentModes, meetingLink, ...rest } = row;
  const dropIn = kind === "drop_in" ? { appointmentMinutes, modes: appointmentModes, meetingLink } : null;
  return { ...rest, centreId: space.centreId, start: startsAt, end: endsAt, dropIn };
}
