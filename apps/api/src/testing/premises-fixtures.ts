// Records for API tests of spaces and availability: each call makes fresh rows with unique keys, so tests
// sharing one database never see each other's data. Not demo data (isDemo stays false).
import { randomUUID } from "node:crypto";
import type { BookingStatus, Prisma, PrismaClient } from "../generated/prisma/client";
import { syncSpaceUnits } from "../modules/spaces/space-units.repository";

const everyDay = [1, 2, 3, 4, 5, 6, 7] as const;
const usualLimits = { noticeMinutes: 0, horizonDays: 365 };

export interface TestCentreOptions {
  /** Minutes after local midnight, every day of the week. Default 08:00–22:00. */
  opens?: number;
  closes?: number;
  openOnHolidays?: boolean;
}

export async function createTestCentre(prisma: PrismaClient, options: TestCentreOptions = {}): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const centre = await prisma.centre.create({
    data: {
      slug: `test-${tag}`,
      name: `Test centre ${tag}`,
      streetAddress: "Testveien 1",
      postalCode: "1384",
      postalTown: "Asker",
      formerMunicipality: "asker",
      openOnHolidays: options.openOnHolidays ?? false,
      hours: {
        create: everyDay.map((weekday) => ({
          kind: "opening" as const,
          weekday,
          opensMinute: options.opens ?? 8 * 60,
          closesMinute: options.closes ?? 22 * 60,
        })),
      },
    },
    select: { id: true },
  });
  return centre.id;
}

export type TestSpaceOptions = Partial<Omit<Prisma.SpaceUncheckedCreateInput, "id" | "centreId" | "slug">>;

/** A space in the centre (a part when `partOfId` is given); keeps the centre's space units right. */
export async function createTestSpace(prisma: PrismaClient, centreId: string, options: TestSpaceOptions = {}): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const space = await prisma.space.create({
    data: {
      name: `Room ${tag}`,
      kind: "meeting_room",
      capacity: 10,
      privacy: "closed",
      bookerLimits: { resident: usualLimits, volunteer_group: usualLimits, service_unit: usualLimits, front_desk: usualLimits },
      ...options,
      centreId,
      slug: `room-${tag}`,
    },
    select: { id: true },
  });
  await syncSpaceUnits(prisma, centreId);
  return space.id;
}

export interface TestClosure {
  centreId?: string;
  spaceId?: string;
  start: string;
  end: string;
}

export async function createTestClosure(prisma: PrismaClient, closure: TestClosure): Promise<void> {
  await prisma.closure.create({
    data: {
      centreId: closure.centreId ?? null,
      spaceId: closure.spaceId ?? null,
      startsAt: new Date(closure.start),
      endsAt: new Date(closure.end),
      reason: "Test closure",
    },
  });
}

export interface TestBooking {
  spaceId: string;
  start: string;
  end: string;
  status?: BookingStatus;
  title?: string;
}

/** The names every test booking carries, so a test can look for them where they must not appear. */
export const TEST_BOOKER = { organisation: "Testorganisasjonen Hemmelig", user: "Testperson Hemmelig" } as const;

/** A booking made by a fresh organisation and user, as an insert (the database trigger writes its claims). */
export async function createTestBooking(prisma: PrismaClient, booking: TestBooking): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  const organisation = await prisma.organisation.create({ data: { kind: "volunteer_group", name: TEST_BOOKER.organisation } });
  const user = await prisma.user.create({ data: { displayName: TEST_BOOKER.user, role: "coordinator", organisationId: organisation.id } });
  const activity = await prisma.activityType.create({ data: { slug: `test-${tag}`, nameNb: "Test", nameNn: "Test", nameEn: "Test" } });
  const created = await prisma.booking.create({
    data: {
      spaceId: booking.spaceId,
      organisationId: organisation.id,
      bookedById: user.id,
      activityTypeId: activity.id,
      title: booking.title ?? "Test booking",
      expectedAttendees: 4,
      startsAt: new Date(booking.start),
      endsAt: new Date(booking.end),
      status: booking.status ?? "confirmed",
      visibility: "public",
      source: "api",
    },
    select: { id: true },
  });
  return created.id;
}
