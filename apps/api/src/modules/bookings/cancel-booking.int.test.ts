import { Booking, Problem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay } from "../../testing/oslo-time";

const suite = useBookingSuite();
const day = futureDay(30);
let world: BookingWorld;
let booking: Booking;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
  booking = Booking.parse((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"))).body);
});

const claims = () => suite.db.prisma.bookingClaim.count({ where: { bookingId: booking.id } });

describe("POST /api/v1/bookings/{id}/cancel", () => {
  it("cancels: version + 1, audited, the claims gone and the time free again", async () => {
    expect(await claims()).toBe(1);
    const reply = await suite.api.cancel(world.userId, booking.id, '"1"');
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"2"');
    expect(Booking.parse(reply.body)).toMatchObject({ status: "cancelled", version: 2 });
    expect(await claims()).toBe(0);
    const [event] = await suite.db.prisma.auditEvent.findMany({ where: { entityId: booking.id, action: "booking.cancelled" } });
    expect(event).toMatchObject({ actorId: world.userId, before: expect.objectContaining({ status: "confirmed" }), after: expect.objectContaining({ status: "cancelled" }) });
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"))).status).toBe(201);
  });

  it("is idempotent: cancelling again answers 200 with the same version and audits nothing", async () => {
    await suite.api.cancel(world.userId, booking.id);
    const again = await suite.api.cancel(world.userId, booking.id, '"1"');
    expect(again.status).toBe(200);
    expect(Booking.parse(again.body)).toMatchObject({ status: "cancelled", version: 2 });
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: booking.id, action: "booking.cancelled" } })).toBe(1);
  });

  it("412 for a stale If-Match, 409 for a rejected booking, 403 for a stranger, 401 without a user, 404 when unknown", async () => {
    await suite.api.patch(world.userId, booking.id, '"1"', { title: "changed" });
    expect((await suite.api.cancel(world.userId, booking.id, '"1"')).status).toBe(412);
    const stranger = await suite.make.user(await suite.make.organisation());
    expect((await suite.api.cancel(stranger, booking.id)).status).toBe(403);
    expect((await suite.api.cancel(null, booking.id)).status).toBe(401);
    expect((await suite.api.cancel(world.userId, "00000000-0000-4000-8000-000000000006")).status).toBe(404);
    await suite.db.prisma.booking.update({ where: { id: booking.id }, data: { status: "rejected" } });
    const rejected = await suite.api.cancel(world.userId, booking.id);
    expect(rejected.status).toBe(409);
    expect(Problem.parse(rejected.body).code).toBe("booking_not_editable");
  });

  it("lets the front desk cancel any booking, and cancels requested bookings too", async () => {
    const desk = await suite.make.user(null, "front_desk", [world.centreId]);
    expect(Booking.parse((await suite.api.cancel(desk, booking.id)).body).status).toBe("cancelled");
    const spaceId = await suite.make.space(world.centreId, { requiresApproval: true });
    const requested = Booking.parse((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00", { spaceId }))).body);
    expect(Booking.parse((await suite.api.cancel(world.userId, requested.id)).body).status).toBe("cancelled");
  });
});
