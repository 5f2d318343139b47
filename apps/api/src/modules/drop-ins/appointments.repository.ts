// Appointments in drop-in windows. One booked appointment per slot is the database's to guarantee (a partial
// unique index): an insert that loses the race fails with a unique violation.
import type { Interval } from "@sambruk/domain";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { AppointmentMode } from "../bookings/bookings.repository";

type Db = Prisma.TransactionClient;

export type AppointmentStatus = "booked" | "cancelled";

export interface AppointmentRecord {
  id: string;
  dropInId: string;
  start: Date;
  end: Date;
  mode: AppointmentMode;
  status: AppointmentStatus;
  userId: string | null;
  name: string | null;
  phone: string | null;
  cancelTokenHash: string;
  deleteAfter: Date;
}

export type NewAppointment = Omit<AppointmentRecord, "id" | "status">;

/** An appointment with its window's owner and centre: who may cancel it or see it in full. */
export interface AppointmentWithWindow extends AppointmentRecord {
  window: { organisationId: string; centreId: string };
}

/** An appointment as the staff's day list shows it: the resident and the window. */
export interface StaffAppointmentRecord extends AppointmentRecord {
  userDisplayName: string | null;
  window: {
    title: string;
    organisation: { id: string; name: string };
    centre: { id: string; name: string };
    space: { id: string; name: string };
  };
}

export interface AppointmentsRepository {
  insert(appointment: NewAppointment): Promise<AppointmentRecord>;
  findById(id: string): Promise<AppointmentWithWindow | null>;
  /** Cancels a booked appointment; false when it was not booked (any more). */
  cancel(id: string): Promise<boolean>;
  /** Appointments of drop-in windows starting in the range (of one organisation's windows if given), by start. */
  findStarting(range: Interval, organisationId?: string): Promise<StaffAppointmentRecord[]>;
}

const appointmentSelect = {
  id: true,
  bookingId: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  status: true,
  userId: true,
  name: true,
  phone: true,
  cancelTokenHash: true,
  deleteAfter: true,
} satisfies Prisma.AppointmentSelect;

type AppointmentRow = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>;

const staffSelect = {
  ...appointmentSelect,
  user: { select: { displayName: true } },
  booking: {
    select: {
      title: true,
      organisation: { select: { id: true, name: true } },
      space: { select: { id: true, name: true, centre: { select: { id: true, name: true } } } },
    },
  },
} satisfies Prisma.AppointmentSelect;

export function createAppointmentsRepository(db: Db): AppointmentsRepository {
  return {
    async insert(appointment) {
      const { dropInId, start, end, ...rest } = appointment;
      const row = await db.appointment.create({ data: { ...rest, bookingId: dropInId, startsAt: start, endsAt: end }, select: appointmentSelect });
      return toRecord(row);
    },
    async findById(id) {
      const row = await db.appointment.findUnique({
        where: { id },
        select: { ...appointmentSelect, booking: { select: { organisationId: true, space: { select: { centreId: true } } } } },
      });
      if (!row) return null;
      const { booking, ...appointment } = row;
      return { ...toRecord(appointment), window: { organisationId: booking.organisationId, centreId: booking.space.centreId } };
    },
    async cancel(id) {
      const { count } = await db.appointment.updateMany({ where: { id, status: "booked" }, data: { status: "cancelled" } });
      return count === 1;
    },
    async findStarting(range, organisationId) {
      const rows = await db.appointment.findMany({
        where: {
          startsAt: { gte: range.start, lt: range.end },
          booking: { kind: "drop_in", ...(organisationId ? { organisationId } : {}) },
        },
        select: staffSelect,
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      });
      return rows.map(({ user, booking, ...appointment }) => {
        const { centre, ...space } = booking.space;
        return {
          ...toRecord(appointment),
          userDisplayName: user?.displayName ?? null,
          window: { title: booking.title, organisation: booking.organisation, centre, space },
        };
      });
    },
  };
}

/** Deletes the appointments whose retention has run out, with the resident's name and phone; how many. */
export async function deleteExpiredAppointments(db: PrismaClient | Db, now: Date): Promise<number> {
  const { count } = await db.appointment.deleteMany({ where: { deleteAfter: { lte: now } } });
  return count;
}

function toRecord(row: AppointmentRow): AppointmentRecord {
  const { bookingId, startsAt, endsAt, ...rest } = row;
  return { ...rest, dropInId: bookingId, start: startsAt, end: endsAt };
}
