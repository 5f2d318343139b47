import { createHash } from "node:crypto";
import { useApiSuite } from "../../testing/api-suite";
import { bookingsClient } from "../../testing/bookings-client";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";

const suite = useApiSuite((s) => ({ bookings: bookingsClient(s.app, s.db) }));
let world: BookingWorld;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
});

const body = (spaceId: string, from: string, to: string) => ({
  spaceId,
  organisationId: world.organisationId,
  activityTypeId: world.activityTypeId,
  title: "Varselprøve",
  expectedAttendees: 4,
  start: osloIso(futureDay(18), from),
  end: osloIso(futureDay(18), to),
});

describe("POST /api/v1/bookings tells the booker", () => {
  it("of a booking confirmed at creation, with the organiser's check-in link (only its hash is kept)", async () => {
    const reply = await suite.bookings.create(world.userId, body(world.roomId, "10:00", "11:00"));
    expect(reply.status).toBe(201);
    const id = (reply.body as { id: string }).id;
    const notes = await suite.db.prisma.notification.findMany({ where: { bookingId: id }, select: { kind: true, userId: true, params: true } });
    expect(notes).toEqual([{ kind: "booking_confirmed", userId: world.userId, params: expect.objectContaining({ checkInUrl: expect.any(String) }) }]);
    const url = new URL((notes[0]?.params as { checkInUrl: string }).checkInUrl);
    expect(url.pathname).toBe(`/sjekk-inn/${id}`);
    const token = url.searchParams.get("token") ?? "";
    const stored = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id }, select: { checkInTokenHash: true, version: true } });
    expect(stored).toEqual({ checkInTokenHash: createHash("sha256").update(token).digest("hex"), version: 1 });
  });

  it("of nothing yet when the booking waits for the front desk", async () => {
    const hall = await suite.make.space(world.centreId, { requiresApproval: true });
    const reply = await suite.bookings.create(world.userId, body(hall, "12:00", "13:00"));
    expect(reply.status).toBe(202);
    expect(await suite.db.prisma.notification.count({ where: { bookingId: (reply.body as { id: string }).id } })).toBe(0);
  });
});
