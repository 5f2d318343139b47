// Records for API tests. Each test makes its own (unique slugs), so tests never depend on each other's data,
// also when they share one database on a server. Not demo data (isDemo stays false).
import { randomUUID } from "node:crypto";
import type { BookingStatus, Prisma, PrismaClient } from "../generated/prisma/client";
import { syncSpaceUnits } from "../modules/spaces/space-units.repository";

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
  /** Staffed hours every day, in minutes after local midnight; default the opening hours (a host whenever open). */
  staffed?: { opens: number; closes: number };
}

/** Any column of a space but its keys; `partOfId` makes it a part of another space. */
export type SpaceOptions = Partial<Omit<Prisma.SpaceUncheckedCreateInput, "id" | "centreId" | "slug">>;

export interface Hall {
  whole: string;
  partA: string;
  partB: string;
}

export interface ClosureOptions {
  centreId?: string;
  spaceId?: string;
  start: string;
  end: string;
}

export interface BookingOptions {
  start: string;
  end: string;
  status?: BookingStatus;
  title?: string;
  visibility?: "public" | "busy_only";
}

/** The names every `make.booking` carries, so a test can look for them where they must not appear. */
export const TEST_BOOKER = { organisation: "Testorganisasjonen Hemmelig", user: "Testperson Hemmelig" } as const;

export function factories(prisma: PrismaClient) {
  const space = async (centreId: string, options: SpaceOptions = {}) => {
    const { id } = await prisma.space.create({
      data: {
        name: `Room ${unique()}`,
        kind: "meeting_room",
        capacity: 12,
        privacy: "closed",
        stepFree: true,
        slotStepMinutes: 15,
        minDurationMinutes: 30,
        maxDurationMinutes: 600,
        bookerLimits: LIMITS,
        ...options,
        centreId,
        slug: `space-${unique()}`,
      },
      select: { id: true },
    });
    return id;
  };
  const activityType = async (defaultVisibility: "public" | "busy_only" = "public") => {
    const slug = `activity-${unique()}`;
    const { id } = await prisma.activityType.create({
      data: { slug, nameNb: slug, nameNn: slug, nameEn: slug, defaultVisibility },
      select: { id: true },
    });
    return id;
  };

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
            create: (["opening", "staffed"] as const).flatMap((kind) =>
              EVERY_DAY.map((weekday) => ({
                kind,
                weekday,
                opensMinute: (kind === "staffed" ? options.staffed?.opens : undefined) ?? options.opens ?? 7 * 60,
                closesMinute: (kind === "staffed" ? options.staffed?.closes : undefined) ?? options.closes ?? 23 * 60,
              })),
            ),
          },
        },
        select: { id: true },
      });
      return id;
    },

    /** A space (a part of another when `partOfId` is given); keeps the centre's space units right. */
    async space(centreId: string, options: SpaceOptions = {}): Promise<string> {
      const id = await space(centreId, options);
      await syncSpaceUnits(prisma, centreId);
      return id;
    },

    /** A divisible hall: the whole occupies parts A and B; each part occupies itself. */
    async hall(centreId: string, options: SpaceOptions = {}): Promise<Hall> {
      const whole = await space(centreId, { capacity: 80, ...options, name: "Hall", kind: "hall" });
      const part = (name: string) => space(centreId, { capacity: 40, ...options, name, kind: "hall", partOfId: whole });
      const partA = await part("Hall A");
      const partB = await part("Hall B");
      await syncSpaceUnits(prisma, centreId);
      return { whole, partA, partB };
    },

    async closure(closure: ClosureOptions): Promise<void> {
      await prisma.closure.create({
        data: {
          centreId: closure.centreId ?? null,
          spaceId: closure.spaceId ?? null,
          startsAt: new Date(closure.start),
          endsAt: new Date(closure.end),
          reason: "Test closure",
        },
      });
    },

    /** A booking by a fresh organisation and user named TEST_BOOKER, as an insert (the trigger writes its claims). */
    async booking(spaceId: string, booking: BookingOptions): Promise<string> {
      const organisation = await prisma.organisation.create({ data: { kind: "volunteer_group", name: TEST_BOOKER.organisation } });
      const user = await prisma.user.create({
        data: { displayName: TEST_BOOKER.user, memberships: { create: { organisationId: organisation.id, role: "coordinator" } } },
      });
      const { id } = await prisma.booking.create({
        data: {
          spaceId,
          organisationId: organisation.id,
          bookedById: user.id,
          activityTypeId: await activityType(),
          title: booking.title ?? "Test booking",
          expectedAttendees: 4,
          startsAt: new Date(booking.start),
          endsAt: new Date(booking.end),
          status: booking.status ?? "confirmed",
          visibility: booking.visibility ?? "public",
          source: "api",
          bookerKind: "volunteer_group",
        },
        select: { id: true },
      });
      return id;
    },

    /** Without a key agreement unless asked: such an organisation books inside staffed hours only. */
    async organisation(kind: OrganisationKind = "service_unit", verified = true, hasKeyAgreement = false): Promise<string> {
      const { id } = await prisma.organisation.create({ data: { kind, name: `Org ${unique()}`, verified, hasKeyAgreement }, select: { id: true } });
      return id;
    },

    /**
     * A user in the role, in the organisation (staff as a member, the others as its coordinator); a front-desk
     * host of the centres in `frontDesk`; an admin.
     */
    async user(organisationId: string | null, role: UserRole = "staff", frontDesk: readonly string[] = []): Promise<string> {
      if (role === "front_desk" && frontDesk.length === 0) throw new Error("A front-desk user needs the centres they host");
      const { id } = await prisma.user.create({
        data: {
          displayName: `User ${unique()}`,
          isAdmin: role === "admin",
          ...(organisationId ? { memberships: { create: { organisationId, role: role === "staff" ? "member" : "coordinator" } } } : {}),
          frontDeskCentres: { create: frontDesk.map((centreId) => ({ centreId })) },
        },
        select: { id: true },
      });
      return id;
    },

    activityType,
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
