// Series as stored: the series row, one occurrence row per date (with its booking, if booked), and what a
// collision needs to show of the bookings in the way.
import type { BookerKind, BookingStatus, OrganisationKind } from "@sambruk/domain";
import { Prisma } from "../../generated/prisma/client";
import type { DropInRecord, Visibility } from "../bookings/bookings.repository";

type Db = Prisma.TransactionClient;

export type OccurrenceState = "booked" | "skipped" | "cancelled";
export type SkipReasonCode = "closed" | "holiday" | "overlap" | "rule" | "priority";

export interface OccurrenceRecord {
  /** "2027-09-07", the date in the centre's zone. */
  date: string;
  start: Date;
  end: Date;
  state: OccurrenceState;
  reason: SkipReasonCode | null;
  /** { findings, collidesWith } as the preview showed them when the occurrence was skipped. */
  details: unknown;
  booking: { id: string; status: BookingStatus; version: number } | null;
  notice: unknown;
}

export interface SeriesRecord {
  id: string;
  centreId: string;
  spaceId: string;
  organisation: { id: string; name: string; kind: OrganisationKind };
  bookedById: string;
  bookerKind: BookerKind;
  activityTypeId: string;
  title: string;
  description: string | null;
  expectedAttendees: number;
  visibility: Visibility;
  rrule: string;
  firstDate: string;
  startTime: string;
  endTime: string;
  dropIn: DropInRecord | null;
  status: "active" | "cancelled";
  version: number;
  requestHash: string | null;
  createdAt: Date;
  updatedAt: Date;
  occurrences: OccurrenceRecord[];
}

export type NewSeries = Pick<
  SeriesRecord,
  "id" | "spaceId" | "bookedById" | "bookerKind" | "activityTypeId" | "title" | "description" | "expectedAttendees" | "visibility" | "rrule" | "firstDate" | "startTime" | "endTime" | "dropIn" | "requestHash"
> & { organisationId: string; idempotencyKey: string };

export interface NewOccurrence {
  date: string;
  start: Date;
  end: Date;
  state: OccurrenceState;
  reason: SkipReasonCode | null;
  details: Prisma.InputJsonObject | null;
  bookingId: string | null;
}

export type SeriesChanges = Partial<Pick<SeriesRecord, "spaceId" | "title" | "description" | "expectedAttendees" | "startTime" | "endTime" | "status">>;

export type OccurrenceChanges = Partial<Pick<OccurrenceRecord, "start" | "end" | "state">>;

/** A booking in an occurrence's way, with what its public or full view shows. */
export interface CollisionDetail {
  id: string;
  centreId: string;
  title: string;
  visibility: Visibility;
  organisation: { id: string; name: string; kind: OrganisationKind };
}

export interface SeriesRepository {
  findById(id: string): Promise<SeriesRecord | null>;
  findByIdempotencyKey(bookedById: string, key: string): Promise<SeriesRecord | null>;
  insert(series: NewSeries): Promise<void>;
  insertOccurrences(seriesId: string, occurrences: readonly NewOccurrence[]): Promise<void>;
  /** Applies the changes and bumps the version only if the stored version is `version`; false when it is not. */
  updateIfVersion(id: string, version: number, changes: SeriesChanges): Promise<boolean>;
  updateOccurrence(seriesId: string, date: string, changes: OccurrenceChanges): Promise<void>;
  collisionDetails(bookingIds: readonly string[]): Promise<Map<string, CollisionDetail>>;
}

const seriesSelect = {
  id: true, spaceId: true, bookedById: true, bookerKind: true, activityTypeId: true, title: true, description: true,
  expectedAttendees: true, visibility: true, rrule: true, firstDate: true, startTime: true, endTime: true, kind: true,
  appointmentMinutes: true, appointmentModes: true, meetingLink: true, status: true, version: true, requestHash: true,
  createdAt: true, updatedAt: true,
  space: { select: { centreId: true } },
  organisation: { select: { id: true, name: true, kind: true } },
  occurrences: {
    select: {
      date: true, startsAt: true, endsAt: true, state: true, reason: true, details: true, notice: true,
      booking: { select: { id: true, status: true, version: true } },
    },
    orderBy: { date: "asc" },
  },
} satisfies Prisma.BookingSeriesSelect;

type SeriesRow = Prisma.BookingSeriesGetPayload<{ select: typeof seriesSelect }>;

/** A calendar date as the database's DATE column takes it (midnight UTC of that date). */
export const dateColumn = (date: string): Date => new Date(`${date}T00:00:00.000Z`);
const dateText = (date: Date): string => date.toISOString().slice(0, 10);

export function createSeriesRepository(db: Db): SeriesRepository {
  return {
    async findById(id) {
      const row = await db.bookingSeries.findUnique({ where: { id }, select: seriesSelect });
      return row ? toRecord(row) : null;
    },
    async findByIdempotencyKey(bookedById, key) {
      const row = await db.bookingSeries.findUnique({ where: { bookedById_idempotencyKey: { bookedById, idempotencyKey: key } }, select: seriesSelect });
      return row ? toRecord(row) : null;
    },
    async insert(series) {
      const { firstDate, dropIn, ...rest } = series;
      const dropInData = dropIn
        ? { kind: "drop_in" as const, appointmentMinutes: dropIn.appointmentMinutes, appointmentModes: dropIn.modes, meetingLink: dropIn.meetingLink }
        : {};
      await db.bookingSeries.create({ data: { ...rest, ...dropInData, firstDate: dateColumn(firstDate) }, select: { id: true } });
    },
    async insertOccurrences(seriesId, occurrences) {
      await db.seriesOccurrence.createMany({
        data: occurrences.map((o) => ({
          seriesId,
          date: dateColumn(o.date),
          startsAt: o.start,
          endsAt: o.end,
          state: o.state,
          reason: o.reason,
          details: o.details ?? Prisma.DbNull,
          bookingId: o.bookingId,
        })),
      });
    },
    async updateIfVersion(id, version, changes) {
      const { count } = await db.bookingSeries.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
      return count === 1;
    },
    async updateOccurrence(seriesId, date, changes) {
      const { start, end, state } = changes;
      await db.seriesOccurrence.update({
        where: { seriesId_date: { seriesId, date: dateColumn(date) } },
        data: { ...(start ? { startsAt: start } : {}), ...(end ? { endsAt: end } : {}), ...(state ? { state } : {}) },
      });
    },
    async collisionDetails(bookingIds) {
      if (bookingIds.length === 0) return new Map();
      const rows = await db.booking.findMany({
        where: { id: { in: [...new Set(bookingIds)] } },
        select: { id: true, title: true, visibility: true, space: { select: { centreId: true } }, organisation: { select: { id: true, name: true, kind: true } } },
      });
      return new Map(rows.map((row) => [row.id, { id: row.id, centreId: row.space.centreId, title: row.title, visibility: row.visibility, organisation: row.organisation }]));
    },
  };
}

function toRecord(row: SeriesRow): SeriesRecord {
  const { space, firstDate, kind, appointmentMinutes, appointmentModes, meetingLink, occurrences, ...rest } = row;
  return {
    ...rest,
    centreId: space.centreId,
    firstDate: dateText(firstDate),
    dropIn: kind === "drop_in" ? { appointmentMinutes, modes: appointmentModes, meetingLink } : null,
    occurrences: occurrences.map((o) => ({
      date: dateText(o.date),
      start: o.startsAt,
      end: o.endsAt,
      state: o.state,
      reason: o.reason,
      details: o.details,
      booking: o.booking,
      notice: o.notice,
    })),
  };
}
