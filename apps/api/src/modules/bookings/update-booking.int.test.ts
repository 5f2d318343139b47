import { Booking, ConflictProblem, Problem, RefusedProblem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";

const suite = useBookingSuite();
const day = futureDay(29);
let world: BookingWorld;
let booking: Booking;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
  booking = Booking.parse((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"))).body);
});

const instant = (time: string) => new Date(osloIso(day, time)).toISOString();

describe("PATCH /api/v1/bookings/{id}", () => {
  it("moves a booking: version + 1, new ETag, audited before and after, the old time freed", async () => {
    const reply = await suite.api.patch(world.userId, booking.id, '"1"', { start: osloIso(day, "13:00"), end: osloIso(day, "15:00") });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"2"');
    expect(Booking.parse(reply.body)).toMatchObject({ version: 2, start: instant("13:00"), end: instant("15:00"), status: "confirmed" });
    const [event] = await suite.db.prisma.auditEvent.findMany({ where: { entityId: booking.id, action: "booking.updated" } });
    expect(event?.before).toMatchObject({ version: 1, start: instant("10:00") });
    expect(event?.after).toMatchObject({ version: 2, start: instant("13:00") });
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"))).status).toBe(201);
  });

  it("edits the title alone, without re-running the time rules", async () => {
    const reply = await suite.api.patch(world.userId, booking.id, '"1"', { title: "Leksehjelp", description: null });
    expect(Booking.parse(reply.body)).toMatchObject({ title: "Leksehjelp", version: 2, start: booking.start });
  });

  it("moves to a part of the hall, and back to the room", async () => {
    const toHall = await suite.api.patch(world.userId, booking.id, '"1"', { spaceId: world.hall.partA });
    expect(Booking.parse(toHall.body)).toMatchObject({ spaceId: world.hall.partA, version: 2 });
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00", { spaceId: world.hall.whole }))).status).toBe(409);
    expect((await suite.api.patch(world.userId, booking.id, '"2"', { spaceId: world.roomId })).status).toBe(200);
  });

  it("428 without If-Match, 400 for a malformed one, 412 for a stale one", async () => {
    const missing = await suite.api.patch(world.userId, booking.id, null, { title: "x" });
    expect(missing.status).toBe(428);
    expect(Problem.parse(missing.body).code).toBe("precondition_required");
    const malformed = await suite.api.patch(world.userId, booking.id, "1", { title: "x" });
    expect(malformed.status).toBe(400);
    expect(Problem.parse(malformed.body).errors?.[0]?.pointer).toBe("/headers/if-match");
    expect((await suite.api.patch(world.userId, booking.id, '"1"', { title: "first" })).status).toBe(200);
    const stale = await suite.api.patch(world.userId, booking.id, '"1"', { title: "second" });
    expect(stale.status).toBe(412);
    expect(Problem.parse(stale.body).code).toBe("precondition_failed");
    expect(Booking.parse((await suite.api.get(booking.id)).body).title).toBe("first");
  });

  it("409 booking_conflict when moved onto another booking, nothing changed", async () => {
    await suite.api.create(world.userId, bookingRequest(world, day, "13:00", "14:00"));
    const reply = await suite.api.patch(world.userId, booking.id, '"1"', { end: osloIso(day, "13:30") });
    expect(reply.status).toBe(409);
    const problem = ConflictProblem.parse(reply.body);
    expect(problem.conflicts).toEqual([{ start: instant("13:00"), end: instant("14:00") }]);
    expect(problem.alternatives.length).toBeGreaterThanOrEqual(3);
    expect(Booking.parse((await suite.api.get(booking.id)).body).version).toBe(1);
  });

  it("422 when the new time breaks a rule; 400 for unknown fields, an empty patch, a space of another centre", async () => {
    const early = await suite.api.patch(world.userId, booking.id, '"1"', { start: osloIso(day, "06:00") });
    expect(RefusedProblem.parse(early.body).findings.map((f) => f.code)).toEqual(["outside_opening_hours"]);
    expect((await suite.api.patch(world.userId, booking.id, '"1"', { organisationId: world.organisationId })).status).toBe(400);
    expect((await suite.api.patch(world.userId, booking.id, '"1"', {})).status).toBe(400);
    const elsewhere = await suite.make.space(await suite.make.centre());
    const moved = await suite.api.patch(world.userId, booking.id, '"1"', { spaceId: elsewhere });
    expect(moved.status).toBe(400);
    expect(Problem.parse(moved.body).errors).toEqual([expect.objectContaining({ pointer: "/body/spaceId", code: "other_centre" })]);
  });

  it("goes back to the front desk when moved into a space that requires approval", async () => {
    const spaceId = await suite.make.space(world.centreId, { requiresApproval: true });
    const reply = await suite.api.patch(world.userId, booking.id, '"1"', { spaceId });
    expect(Booking.parse(reply.body)).toMatchObject({ status: "requested", spaceId });
  });

  it("only the booker's organisation or the front desk may change it (403), and a user is needed (401)", async () => {
    const stranger = await suite.make.user(await suite.make.organisation());
    expect((await suite.api.patch(stranger, booking.id, '"1"', { title: "x" })).status).toBe(403);
    expect((await suite.api.patch(null, booking.id, '"1"', { title: "x" })).status).toBe(401);
    const desk = await suite.make.user(null, "front_desk", [world.centreId]);
    expect((await suite.api.patch(desk, booking.id, '"1"', { title: "By the desk" })).status).toBe(200);
  });

  it("409 booking_not_editable once cancelled, rejected, released or bumped; 404 for an unknown booking", async () => {
    expect((await suite.api.cancel(world.userId, booking.id)).status).toBe(200);
    const reply = await suite.api.patch(world.userId, booking.id, '"2"', { title: "x" });
    expect(reply.status).toBe(409);
    expect(Problem.parse(reply.body).code).toBe("booking_not_editable");
    for (const status of ["rejected", "released", "bumped"] as const) {
      await suite.db.prisma.booking.update({ where: { id: booking.id }, data: { status } });
      expect((await suite.api.patch(world.userId, booking.id, '"2"', { title: "x" })).status).toBe(409);
    }
    expect((await suite.api.patch(world.userId, "00000000-0000-4000-8000-000000000005", '"1"', { title: "x" })).status).toBe(404);
  });
});
