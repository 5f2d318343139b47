// The public bookings of the programme: confirmed or checked in, visibility public, overlapping a range, by
// start. The range is bounded on the index with the same overlap query as GET /bookings (findBookingIdsInRange).
import type { Interval, OrganisationKind, Sensitivity } from "@sambruk/domain";
import type { Prisma } from "../../generated/prisma/client";
import { findBookingIdsInRange } from "../bookings/booking-range.repository";

type Db = Prisma.TransactionClient;

export interface ProgrammeFilter {
  centreId?: string | undefined;
  range: Interval;
}

/** A public booking with what the programme shows of it; no description, no booker. */
export interface ProgrammeRecord {
  id: string;
  start: Date;
  end: Date;
  title: string;
  status: "confirmed" | "checked_in";
  /** A drop-in window of a service is drop-in hours whatever its activity type's tags say. */
  bookingKind: "standard" | "drop_in";
  centre: { id: string; name: string };
  space: { id: string; name: string; stepFree: boolean; hearingLoop: boolean; accessibleWc: boolean };
  activityType: { id: string; slug: string; nameNb: string; nameNn: string; nameEn: string; sensitivity: Sensitivity; tags: string[] };
  organisation: { name: string; kind: OrganisationKind };
}

export interface ProgrammeRepository {
  findPublic(filter: ProgrammeFilter): Promise<ProgrammeRecord[]>;
}

const programmeSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  title: true,
  status: true,
  kind: true,
  space: {
    select: { id: true, name: true, stepFree: true, hearingLoop: true, accessibleWc: true, centre: { select: { id: true, name: true } } },
  },
  activityType: { select: { id: true, slug: true, nameNb: true, nameNn: true, nameEn: true, sensitivity: true, tags: true } },
  organisation: { select: { name: true, kind: true } },
} satisfies Prisma.BookingSelect;

type ProgrammeRow = Prisma.BookingGetPayload<{ select: typeof programmeSelect }>;

export function createProgrammeRepository(db: Db): ProgrammeRepository {
  return {
    async findPublic(filter) {
      const ids = await findBookingIdsInRange(db, { centreId: filter.centreId, range: filter.range, statuses: ["confirmed", "checked_in"] });
      if (ids.length === 0) return [];
      const rows = await db.booking.findMany({
        where: { id: { in: ids }, visibility: "public", status: { in: ["confirmed", "checked_in"] } },
        select: programmeSelect,
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      });
      return rows.flatMap(toRecord);
    },
  };
}

function toRecord(row: ProgrammeRow): ProgrammeRecord[] {
  if (row.status !== "confirmed" && row.status !== "checked_in") return [];
  const { centre, ...space } = row.space;
  return [
    {
      id: row.id,
      start: row.startsAt,
      end: row.endsAt,
      title: row.title,
      status: row.status,
      bookingKind: row.kind,
      centre,
      space,
      activityType: row.activityType,
      organisation: row.organisation,
    },
  ];
}
