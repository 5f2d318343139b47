// Published drop-in windows: confirmed or checked-in bookings of kind drop_in with visibility public. The range is
// bounded on the index with the same overlap query as the programme (findBookingIdsInRange).
import type { Interval, Sensitivity } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { findBookingIdsInRange } from "../bookings/booking-range.repository";
import type { AppointmentMode } from "../bookings/bookings.repository";

type Db = Prisma.TransactionClient;

const PUBLISHED = ["confirmed", "checked_in"] as const;

/** A published drop-in window with what its views need; the meeting link only for an appointment's receipt. */
export interface DropInWindowRecord {
  id: string;
  start: Date;
  end: Date;
  title: string;
  organisation: { id: string; name: string };
  centre: { id: string; name: string };
  space: { id: string; name: string; stepFree: boolean; hearingLoop: boolean; accessibleWc: boolean };
  activityType: { id: string; slug: string; nameNb: string; nameNn: string; nameEn: string; sensitivity: Sensitivity };
  appointmentMinutes: number | null;
  modes: AppointmentMode[];
  meetingLink: string | null;
}

/** A window in a listing, with the starts of its booked appointments (and nothing else of them). */
export interface ListedDropIn extends DropInWindowRecord {
  bookedStarts: Date[];
}

export interface DropInFilter {
  centreId?: string | undefined;
  range: Interval;
}

export interface DropInsRepository {
  /** The published windows overlapping the range, by start. */
  findPublished(filter: DropInFilter): Promise<ListedDropIn[]>;
  /** The window if it is published (confirmed or checked in, public, a drop-in), else null. */
  findPublishedById(id: string): Promise<DropInWindowRecord | null>;
}

const windowSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  title: true,
  appointmentMinutes: true,
  appointmentModes: true,
  meetingLink: true,
  organisation: { select: { id: true, name: true } },
  space: {
    select: { id: true, name: true, stepFree: true, hearingLoop: true, accessibleWc: true, centre: { select: { id: true, name: true } } },
  },
  activityType: { select: { id: true, slug: true, nameNb: true, nameNn: true, nameEn: true, sensitivity: true } },
} satisfies Prisma.BookingSelect;

type WindowRow = Prisma.BookingGetPayload<{ select: typeof windowSelect }>;

const published = { kind: "drop_in", visibility: "public", status: { in: [...PUBLISHED] } } satisfies Prisma.BookingWhereInput;

export function createDropInsRepository(db: Db): DropInsRepository {
  return {
    async findPublished(filter) {
      const ids = await findBookingIdsInRange(db, { centreId: filter.centreId, range: filter.range, statuses: [...PUBLISHED] });
      if (ids.length === 0) return [];
      const rows = await db.booking.findMany({
        where: { id: { in: ids }, ...published },
        select: { ...windowSelect, appointments: { where: { status: "booked" }, select: { startsAt: true } } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      });
      return rows.map(({ appointments, ...row }) => ({ ...toRecord(row), bookedStarts: appointments.map((a) => a.startsAt) }));
    },
    async findPublishedById(id) {
      const row = await db.booking.findFirst({ where: { id, ...published }, select: windowSelect });
      return row ? toRecord(row) : null;
    },
  };
}

function toRecord(row: WindowRow): DropInWindowRecord {
  const { centre, ...space } = row.space;
  return {
    id: row.id,
    start: row.startsAt,
    end: row.endsAt,
    title: row.title,
    organisation: row.organisation,
    centre,
    space,
    activityType: row.activityType,
    appointmentMinutes: row.appointmentMinutes,
    modes: row.appointmentModes,
    meetingLink: row.meetingLink,
  };
}
