import type { Database } from "../../db/database";
import { isExclusionViolation, isUniqueViolation } from "../../db/sql-state";
import { bookingWorld, factories, type BookingWorld } from "../../testing/factories";
import { openTestDatabase, testBackend } from "../../testing/test-database";
import { createBookingsRepository, type NewBooking } from "./bookings.repository";

let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db.close();
});

const newBooking = (world: BookingWorld, key: string, start: string, end: string): NewBooking => ({
  spaceId: world.roomId,
  organisationId: world.organisationId,
  bookedById: world.userId,
  bookerKind: "service_unit",
  activityTypeId: world.activityTypeId,
  title: "Original",
  description: null,
  expectedAttendees: 4,
  start: new Date(start),
  end: new Date(end),
  status: "confirmed",
  visibility: "public",
  source: "api",
  idempotencyKey: key,
  requestHash: "h",
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse this");
}

describe(`bookings repository (${testBackend})`, () => {
  let world: BookingWorld;
  const known = () => ({ centreId: world.centreId, organisation: { id: world.organisationId, name: "Org", kind: "service_unit" as const } });

  beforeEach(async () => {
    world = await bookingWorld(factories(db.prisma));
  });

  it("updateIfVersion changes the row only at the expected version, in SQL, and bumps it", async () => {
    const bookings = createBookingsRepository(db.prisma);
    const created = await bookings.insert(newBooking(world, "repo-1", "2031-02-03T09:00:00Z", "2031-02-03T10:00:00Z"), known());
    const first = await bookings.updateIfVersion(created.id, 1, { title: "First" });
    expect(first).toMatchObject({ title: "First", version: 2 });
    expect(first?.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
    // A writer that read version 1 loses, in the database, not in application code.
    expect(await bookings.updateIfVersion(created.id, 1, { title: "Second" })).toBeNull();
    expect(await bookings.findById(created.id)).toMatchObject({ title: "First", version: 2 });
  });

  it("the database refuses an overlap as an exclusion violation and a reused key as a unique violation", async () => {
    const bookings = createBookingsRepository(db.prisma);
    await bookings.insert(newBooking(world, "repo-2", "2031-02-03T09:00:00Z", "2031-02-03T10:00:00Z"), known());
    const overlap = await failure(bookings.insert(newBooking(world, "repo-3", "2031-02-03T09:30:00Z", "2031-02-03T10:30:00Z"), known()));
    expect([isExclusionViolation(overlap), isUniqueViolation(overlap)]).toEqual([true, false]);
    const reused = await failure(bookings.insert(newBooking(world, "repo-2", "2031-02-04T09:00:00Z", "2031-02-04T10:00:00Z"), known()));
    expect([isExclusionViolation(reused), isUniqueViolation(reused)]).toEqual([false, true]);
  });

  it("claims a booking over several days (the trigger locks each unit and day) and refuses an overlap on any of them", async () => {
    const bookings = createBookingsRepository(db.prisma);
    await bookings.insert(newBooking(world, "repo-4", "2031-03-01T20:00:00Z", "2031-03-04T08:00:00Z"), known());
    const claims = await db.prisma.bookingClaim.count({ where: { unitId: world.roomId } });
    expect(claims).toBe(1);
    const midway = await failure(bookings.insert(newBooking(world, "repo-5", "2031-03-02T12:00:00Z", "2031-03-02T13:00:00Z"), known()));
    expect(isExclusionViolation(midway)).toBe(true);
    await bookings.insert(newBooking(world, "repo-6", "2031-03-04T08:00:00Z", "2031-03-04T09:00:00Z"), known());
  });
});
