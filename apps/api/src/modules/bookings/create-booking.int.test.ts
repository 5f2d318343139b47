import { Booking, Problem, RefusedProblem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";

const suite = useBookingSuite();
const day = futureDay(21);
let world: BookingWorld;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
});

describe("POST /api/v1/bookings: created", () => {
  it("confirms a booking (201) with Location, ETag, the public view and an audit event", async () => {
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"), "key-1", { "x-request-id": "req-create-1" });
    expect(reply.status).toBe(201);
    const booking = Booking.parse(reply.body);
    expect(booking).toMatchObject({ status: "confirmed", version: 1, spaceId: world.roomId, centreId: world.centreId, title: "Språkkafé" });
    expect(booking.start).toBe(new Date(osloIso(day, "10:00")).toISOString());
    expect(reply.headers.get("location")).toBe(`/api/v1/bookings/${booking.id}`);
    expect(reply.headers.get("etag")).toBe('"1"');
    expect(reply.body).not.toHaveProperty("bookedById");
    expect(reply.body).not.toHaveProperty("description");
    const events = await suite.db.prisma.auditEvent.findMany({ where: { entityId: booking.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "booking.created", actorId: world.userId, entityType: "booking", requestId: "req-create-1", before: null });
    expect(events[0]?.after).toMatchObject({ id: booking.id, status: "confirmed", version: 1 });
    expect(events[0]?.after).not.toHaveProperty("description");
  });

  it("requests (202) when the space requires approval", async () => {
    const spaceId = await suite.make.space(world.centreId, { requiresApproval: true });
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00", { spaceId }));
    expect(reply.status).toBe(202);
    expect(Booking.parse(reply.body).status).toBe("requested");
  });

  it("requests (202) for an unverified volunteer group, confirms (201) for a verified one", async () => {
    const unverified = await suite.make.organisation("volunteer_group", false);
    const verified = await suite.make.organisation("volunteer_group", true);
    const a = await suite.api.create(await suite.make.user(unverified, "coordinator"), bookingRequest(world, day, "10:00", "11:00", { organisationId: unverified }));
    const b = await suite.api.create(await suite.make.user(verified, "coordinator"), bookingRequest(world, day, "12:00", "13:00", { organisationId: verified }));
    expect([a.status, b.status]).toEqual([202, 201]);
  });

  it("lets the front desk book for any organisation, confirmed even where approval is required", async () => {
    const desk = await suite.make.user(null, "front_desk", [world.centreId]);
    const spaceId = await suite.make.space(world.centreId, { requiresApproval: true });
    const reply = await suite.api.create(desk, bookingRequest(world, day, "10:00", "12:00", { spaceId }));
    expect(reply.status).toBe(201);
    expect(Booking.parse(reply.body)).toMatchObject({ status: "confirmed", source: "front_desk" });
  });

  it("uses the activity type's default visibility: busy-only shows no title", async () => {
    const activityTypeId = await suite.make.activityType("busy_only");
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00", { activityTypeId }));
    expect(Booking.parse(reply.body)).toMatchObject({ visibility: "busy_only", title: null });
  });
});

describe("POST /api/v1/bookings: refused requests, nothing written", () => {
  const count = () => suite.db.prisma.booking.count({ where: { organisationId: world.organisationId } });

  it.each([
    ["no session", {}, "authentication_required"],
    ["a cookie that opens no session", { cookie: "sambruk_session=forged" }, "session_expired"],
    ["the retired user-id header", { "x-sambruk-user": "00000000-0000-4000-8000-000000000000" }, "authentication_required"],
  ])("401 for %s, and nothing written", async (_label, headers, code) => {
    const reply = await suite.api.create(null, bookingRequest(world, day, "10:00", "11:00"), undefined, headers);
    expect(reply.status).toBe(401);
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(reply.body).code).toBe(code);
    expect(await count()).toBe(0);
  });

  it("403 when booking for another organisation", async () => {
    const other = await suite.make.organisation();
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00", { organisationId: other }));
    expect(reply.status).toBe(403);
    expect(Problem.parse(reply.body).code).toBe("forbidden");
  });

  it("415 for a body that is not JSON", async () => {
    const reply = await suite.api.create(world.userId, "title=x", "key", { "content-type": "text/plain" });
    expect(reply.status).toBe(415);
    expect(Problem.parse(reply.body).code).toBe("unsupported_media_type");
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["longer than 200 characters", "k".repeat(201)],
  ])("400 when the Idempotency-Key is %s", async (_label, key) => {
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00"), key);
    expect(reply.status).toBe(400);
    expect(Problem.parse(reply.body).errors?.map((e) => e.pointer)).toEqual(["/headers/idempotency-key"]);
  });

  it("400 with pointers for unknown fields, bad ids and missing fields", async () => {
    const body: Record<string, unknown> = { ...bookingRequest(world, day, "10:00", "11:00"), spaceId: "room-1", colour: "red" };
    delete body["title"];
    const reply = await suite.api.create(world.userId, body);
    expect(reply.status).toBe(400);
    const pointers = Problem.parse(reply.body).errors?.map((e) => e.pointer).sort();
    expect(pointers).toEqual(["/body", "/body/spaceId", "/body/title"]);
    expect(await count()).toBe(0);
  });

  it("404 for an unknown space", async () => {
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00", { spaceId: "00000000-0000-4000-8000-000000000001" }));
    expect(reply.status).toBe(404);
    expect(Problem.parse(reply.body).code).toBe("not_found");
  });

  it("400 naming the fields for an unknown organisation and activity type", async () => {
    const desk = await suite.make.user(null, "front_desk", [world.centreId]);
    const missing = "00000000-0000-4000-8000-000000000002";
    const reply = await suite.api.create(desk, bookingRequest(world, day, "10:00", "11:00", { organisationId: missing, activityTypeId: missing }));
    expect(reply.status).toBe(400);
    const problem = Problem.parse(reply.body);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: "/body/organisationId", code: "unknown_reference" },
      { pointer: "/body/activityTypeId", code: "unknown_reference" },
    ]);
  });

  it.each([
    ["before opening", "06:00", "08:00", {}, ["outside_opening_hours"]],
    ["end before start", "11:00", "10:00", {}, ["end_before_start"]],
    ["off the slot step", "10:05", "11:05", {}, ["not_on_slot_step", "not_on_slot_step"]],
    ["too many people", "10:00", "11:00", { expectedAttendees: 13 }, ["over_capacity"]],
  ])("422 booking_refused: %s", async (_label, from, to, overrides, codes) => {
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, from, to, overrides));
    expect(reply.status).toBe(422);
    const problem = RefusedProblem.parse(reply.body);
    expect(problem.code).toBe("booking_refused");
    expect(problem.findings.map((f) => f.code)).toEqual(codes);
    expect(await count()).toBe(0);
  });

  it("points over-capacity at the wire field", async () => {
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00", { expectedAttendees: 13 }));
    expect(RefusedProblem.parse(reply.body).findings[0]).toEqual({ code: "over_capacity", pointer: "/expectedAttendees", params: { capacity: 12 } });
  });

  it("422 for a time in the past and for a closure", async () => {
    const yesterday = futureDay(-1);
    const past = await suite.api.create(world.userId, bookingRequest(world, yesterday, "10:00", "11:00"));
    expect(RefusedProblem.parse(past.body).findings.map((f) => f.code)).toContain("too_short_notice");
    await suite.db.prisma.closure.create({
      data: { spaceId: world.roomId, startsAt: new Date(osloIso(day, "09:00")), endsAt: new Date(osloIso(day, "13:00")), reason: "Painting" },
    });
    const closed = await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "11:00"));
    expect(RefusedProblem.parse(closed.body).findings.map((f) => f.code)).toEqual(["closed"]);
  });
});
