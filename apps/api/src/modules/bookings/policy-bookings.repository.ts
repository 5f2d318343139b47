// What the shared-use rules read from the bookings (an owner's bookings for quotas, a centre's for zones and
// fair share), and the transaction-scoped advisory locks that serialise the requests those counts depend on.
import type { BookerKind, BookingStatus, Interval, PolicyBooking } from "@sambruk/domain";
import { Prisma } from "../../generated/prisma/client";

type Db = Prisma.TransactionClient;

export interface PolicyBookingQuery {
  /** Whose quota counts: the organisation (or the resident's own organisation). */
  ownerId: string;
  centreId: string;
  /** The ISO weeks the request touches, as one range. */
  range: Interval;
  /** Active bookings are the owner's live ones that have not ended at this instant. */
  now: Date;
}

interface PolicyRow {
  id: string;
  space_id: string;
  organisation_id: string;
  status: BookingStatus;
  starts_at: Date;
  ends_at: Date;
  booker_kind: BookerKind;
  tags: string[];
  targeted: boolean;
  series_id: string | null;
}

/**
 * Live bookings (requested, confirmed, checked in) of the owner anywhere that overlap the range or have not
 * ended yet, and every live booking of the centre that overlaps the range, each with its activity's tags and
 * the kind of its booker.
 */
export async function findPolicyBookings(db: Db, query: PolicyBookingQuery): Promise<PolicyBooking[]> {
  const { ownerId, centreId, range, now } = query;
  const ownerFrom = new Date(Math.min(now.getTime(), range.start.getTime()));
  const rows = await db.$queryRaw<PolicyRow[]>(Prisma.sql`
    SELECT b."id", b."space_id", b."organisation_id", b."status"::text AS "status", b."starts_at", b."ends_at",
           b."booker_kind"::text AS "booker_kind", a."tags", a."targeted", b."series_id"
    FROM "booking" b
    JOIN "space" s ON s."id" = b."space_id"
    JOIN "activity_type" a ON a."id" = b."activity_type_id"
    WHERE b."status"::text IN ('requested', 'confirmed', 'checked_in')
      AND (
        (b."organisation_id" = ${ownerId}::uuid AND b."ends_at" > ${ownerFrom})
        OR (s."centre_id" = ${centreId}::uuid AND b."starts_at" < ${range.end} AND b."ends_at" > ${range.start})
      )
    ORDER BY b."starts_at", b."id"`);
  return rows.map((row) => ({
    id: row.id,
    spaceId: row.space_id,
    status: row.status,
    start: row.starts_at,
    end: row.ends_at,
    ownerId: row.organisation_id,
    bookerKind: row.booker_kind,
    tags: row.tags,
    targeted: row.targeted,
    seriesId: row.series_id,
  }));
}

/**
 * Takes a transaction-scoped advisory lock per key, in sorted order so that two transactions never wait for
 * each other crosswise. Released at commit or rollback; a later transaction that takes the same key reads what
 * this one wrote.
 */
export async function lockPolicyKeys(db: Db, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await db.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`policy:${key}`}, 0))`);
  }
}
