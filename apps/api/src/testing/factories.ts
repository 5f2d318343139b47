// Records for API tests. Each test makes its own (unique slugs), so tests never depend on each other's data,
// also when they share one database on a server.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";

type Prisma = PrismaClient;
type OrganisationKind = "service_unit" | "volunteer_group" | "resident" | "partner";
type UserRole = "resident" | "staff" | "coordinator" | "front_desk" | "admin";

const unique = () => randomUUID().slice(0, 8);
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const LIMITS = {
  service_unit: { noticeMinutes: 0, horizonDays: 365 },
  volunteer_group: { noticeMinutes: 0, horizonDays: 365 },
  resident: { noticeMinutes: 24 * 60, horizonDays: 60 },
  front_desk: { noticeMinutes: 0, horizonDays: 730 },
};

export interface CentreOptions {
  /** Opening hours every day, in minutes after local midnight; default 07:00–23:00. */
  opens?: number;
  closes?: number;
  latitude?: number | null;
  longitude?: number | null;
  openOnHolidays?: boolean;
}

export interface SpaceOptions {
  name?: string;
  capacity?: number;
  privacy?: "open" | "closed";
  requiresApproval?: boolean;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  slotStepMinutes?: number;
  minDurationMinutes?: number;
  maxDurationMinutes?: number;
}

export interface Hall {
  whole: string;
  partA: string;
  partB: string;
}

export function factories(prisma: Prisma) {
  const space = async (centreId: string, options: SpaceOptions = {}, partOfId: string | null = null, kind: "meeting_room" | "hall" = "meeting_room") => {
    const { name, ...booking } = options;
    const { id } = await prisma.space.create({
      data: {
        centreId,
        slug: `space-${unique()}`,
        name: name ?? `Room ${unique()}`,
        kind,
        capacity: 12,
        privacy: "closed",
        stepFree: true,
        slotStepMinutes: 15,
        minDurationMinutes: 30,
        maxDurationMinutes: 600,
        bookerLimits: LIMITS,
        partOfId,
        ...booking,
      },
      select: { id: true },
    });
    return id;
  };
  const units = (rows: [string, string][]) =>
    prisma.spaceUnit.createMany({ data: rows.map(([spaceId, unitId]) => ({ spaceId, unitId })) });

  return {
    async centre(options: CentreOptions = {}): Promise<string> {
      const slug = `centre-${unique()}`;
      const { id } = await prisma.centre.create({
        data: {
          slug,
          name: `Test centre ${slug}`,
          streetAddress: "Torget 1",
          postalCode: "1384",
          postalTown: "Asker",
          formerMunicipality: "asker",
          latitude: options.latitude === undefined ? 59.83 : options.latitude,
          longitude: options.longitude === undefined ? 10.43 : options.longitude,
          openOnHolidays: options.openOnHolidays ?? false,
          hours: {
            create: EVERY_DAY.map((weekday) => ({
              kind: "opening" as const,
              weekday,
              opensMinute: options.opens ?? 7 * 60,
              closesMinute: options.closes ?? 23 * 60,
            })),
          },
        },
        select: { id: true },
      });
      return id;
    },

    /** An indivisible space, occupying itself. */
    async space(centreId: string, options: SpaceOptions = {}): Promise<string> {
      const id = await space(centreId, options);
      await units([[id, id]]);
      return id;
    },

    /** A divisible hall: the whole occupies parts A and B; each part occupies itself. */
    async hall(centreId: string, options: SpaceOptions = {}): Promise<Hall> {
      const whole = await space(centreId, { capacity: 80, ...options, name: "Hall" }, null, "hall");
      const partA = await space(centreId, { capacity: 40, ...options, name: "Hall A" }, whole, "hall");
      const partB = await space(centreId, { capacity: 40, ...options, name: "Hall B" }, whole, "hall");
      await units([[whole, partA], [whole, partB], [partA, partA], [partB, partB]]);
      return { whole, partA, partB };
    },

    async organisation(kind: OrganisationKind = "service_unit", verified = true): Promise<string> {
      const { id } = await prisma.organisation.create({ data: { kind, name: `Org ${unique()}`, verified }, select: { id: true } });
      return id;
    },

    async user(organisationId: string | null, role: UserRole = "staff"): Promise<string> {
      const { id } = await prisma.user.create({ data: { displayName: `User ${unique()}`, role, organisationId }, select: { id: true } });
      return id;
    },

    async activityType(defaultVisibility: "public" | "busy_only" = "public"): Promise<string> {
      const slug = `activity-${unique()}`;
      const { id } = await prisma.activityType.create({
        data: { slug, nameNb: slug, nameNn: slug, nameEn: slug, defaultVisibility },
        select: { id: true },
      });
      return id;
    },
  };
}

export type Factories = ReturnType<typeof factories>;

/** A centre with a room and a divisible hall, a service unit with a staff user, and an activity type. */
export async function bookingWorld(make: Factories, options: { centre?: CentreOptions; room?: SpaceOptions } = {}) {
  const centreId = await make.centre(options.centre);
  const roomId = await make.space(centreId, options.room);
  const hall = await make.hall(centreId);
  const organisationId = await make.organisation();
  const userId = await make.user(organisationId);
  const activityTypeId = await make.activityType();
  return { centreId, roomId, hall, organisationId, userId, activityTypeId };
}

export type BookingWorld = Awaited<ReturnType<typeof bookingWorld>>;
