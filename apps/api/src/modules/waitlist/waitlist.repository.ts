// The waitlist table. Takes the client or a transaction client. "Competing" entries share a unit with the space
// (a divisible whole and its parts compete) and overlap in time.
import { Prisma } from "../../generated/prisma/client";
import type { WaitlistStatus } from "@sambruk/contracts";

type Db = Prisma.TransactionClient;

/** The client or transaction the waitlist's offers are written with (the freeing decision's own transaction). */
export type WaitlistTransaction = Prisma.TransactionClient;

export interface WaitlistRecord {
  id: string;
  userId: string;
  organisationId: string;
  centreId: string;
  spaceId: string;
  activityTypeId: string;
  title: string;
  description: string | null;
  expectedAttendees: number;
  visibility: "public" | "busy_only" | null;
  start: Date;
  end: Date;
  status: WaitlistStatus;
  offeredAt: Date | null;
  offerExpiresAt: Date | null;
  bookingId: string | null;
  createdAt: Date;
  /** The activity type is not `open`: messages name the centre, not the space. */
  discreet: boolean;
}

export type NewWaitlistEntry = Pick<
  WaitlistRecord,
  "userId" | "organisationId" | "spaceId" | "activityTypeId" | "title" | "description" | "expectedAttendees" | "visibility" | "start" | "end"
>;

export interface TimeInSpace {
  spaceId: string;
  start: Date;
  end: Date;
}

const select = {
  id: true, userId: true, organisationId: true, spaceId: true, activityTypeId: true, title: true, description: true,
  expectedAttendees: true, visibility: true, startsAt: true, endsAt: true, status: true, offeredAt: true,
  offerExpiresAt: true, bookingId: true, createdAt: true, space: { select: { centreId: true } },
  activityType: { select: { sensitivity: true } },
} satisfies Prisma.WaitlistEntrySelect;

type Row = Prisma.WaitlistEntryGetPayload<{ select: typeof select }>;

function toRecord({ space, activityType, startsAt, endsAt, ...rest }: Row): WaitlistRecord {
  return { ...rest, centreId: space.centreId, start: startsAt, end: endsAt, discreet: activityType.sensitivity !== "open" };
}

/** The ids of the spaces that share a unit with the space (itself, its whole, its parts). */
const competingSpaces = (spaceId: string) => Prisma.sql`
  SELECT DISTINCT other."space_id" FROM "space_unit" mine
  JOIN "space_unit" other ON other."unit_id" = mine."unit_id"
  WHERE mine."space_id" = ${spaceId}::uuid`;

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

export function createWaitlistRepository(db: Db) {
  const findByIds = async (entryIds: readonly string[]) =>
    (await db.waitlistEntry.findMany({ where: { id: { in: [...entryIds] } }, select })).map(toRecord);
  return {
    async insert(entry: NewWaitlistEntry): Promise<WaitlistRecord> {
      const { start, end, ...rest } = entry;
      return toRecord(await db.waitlistEntry.create({ data: { ...rest, startsAt: start, endsAt: end }, select }));
    },

    async findById(id: string): Promise<WaitlistRecord | null> {
      const row = await db.waitlistEntry.findUnique({ where: { id }, select });
      return row ? toRecord(row) : null;
    },

    findByIds,

    /** The user's entries whose time has not ended, by start. */
    async listFor(userId: string, now: Date): Promise<WaitlistRecord[]> {
      const rows = await db.waitlistEntry.findMany({ where: { userId, endsAt: { gt: now } }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], select });
      return rows.map(toRecord);
    },

    /** The waiting entries competing with the time (starting after `startsAfter`, when given). */
    async waitingFor(time: TimeInSpace, startsAfter?: Date): Promise<WaitlistRecord[]> {
      const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT e."id" FROM "waitlist_entry" e
        WHERE e."status" = 'waiting' AND e."space_id" IN (${competingSpaces(time.spaceId)})
          AND e."starts_at" < ${time.end} AND e."ends_at" > ${time.start}
          ${startsAfter ? Prisma.sql`AND e."starts_at" > ${startsAfter}` : Prisma.empty}`);
      return findByIds(ids(rows));
    },

    /**
     * True when the entry's whole time (with the space's buffers) holds no claim on any of its units and no other
     * open offer competes with it.
     */
    async isFree(entry: WaitlistRecord, now: Date): Promise<boolean> {
      const [row] = await db.$queryRaw<{ free: boolean }[]>(Prisma.sql`
        SELECT NOT EXISTS (
          SELECT 1 FROM "space" s
          JOIN "space_unit" su ON su."space_id" = s."id"
          JOIN "booking_claim" c ON c."unit_id" = su."unit_id"
          WHERE s."id" = ${entry.spaceId}::uuid
            AND c."during" && tstzrange(${entry.start}::timestamptz - make_interval(mins => s."buffer_before_minutes"),
                                        ${entry.end}::timestamptz + make_interval(mins => s."buffer_after_minutes"), '[)')
        ) AND NOT EXISTS (
          SELECT 1 FROM "waitlist_entry" o
          WHERE o."status" = 'offered' AND o."offer_expires_at" > ${now} AND o."id" <> ${entry.id}::uuid
            AND o."space_id" IN (${competingSpaces(entry.spaceId)})
            AND o."starts_at" < ${entry.end} AND o."ends_at" > ${entry.start}
        ) AS "free"`);
      return row?.free === true;
    },

    /** Inside a transaction: serialises the offers of the space's units until it ends (ascending keys). */
    async lockUnits(spaceId: string): Promise<void> {
      await db.$executeRaw(Prisma.sql`
        SELECT pg_advisory_xact_lock(hashtext('waitlist'), hashtext(u."unit_id"::text))
        FROM (SELECT DISTINCT "unit_id" FROM "space_unit" WHERE "space_id" IN (${competingSpaces(spaceId)}) ORDER BY 1) u`);
    },

    /** Moves the entry from one of `from` to the new status; null when it was in none of them. */
    async changeStatus(
      id: string,
      from: readonly WaitlistStatus[],
      change: { status: WaitlistStatus; offeredAt?: Date; offerExpiresAt?: Date | null; bookingId?: string },
      openAt?: Date,
    ): Promise<WaitlistRecord | null> {
      const { count } = await db.waitlistEntry.updateMany({
        where: { id, status: { in: [...from] }, ...(openAt ? { offerExpiresAt: { gt: openAt } } : {}) },
        data: change,
      });
      return count === 1 ? (await findByIds([id]))[0] ?? null : null;
    },

    /** Inside a transaction: offers lapsed by `now`, locked; rows another worker holds are skipped. */
    async lockLapsedOffers(now: Date, limit: number): Promise<string[]> {
      return ids(await db.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT "id" FROM "waitlist_entry" WHERE "status" = 'offered' AND "offer_expires_at" <= ${now}
        ORDER BY "offer_expires_at", "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED`));
    },

    /** Deletes the entries whose time ended before `cutoff`; how many. */
    async deleteEndedBefore(cutoff: Date): Promise<number> {
      return (await db.waitlistEntry.deleteMany({ where: { endsAt: { lt: cutoff } } })).count;
    },
  };
}

export type WaitlistRepository = ReturnType<typeof createWaitlistRepository>;
