import { BookingCheck, Problem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay } from "../../testing/oslo-time";

const suite = useBookingSuite();
const day = futureDay(24);
let world: BookingWorld;

beforeEach(async () => {
  world = await bookingWorld(suite.make);
});

const written = async () => ({
  bookings: await suite.db.prisma.booking.count({ where: { space: { centreId: world.centreId } } }),
  audit: await suite.db.prisma.auditEvent.count({ where: { actorId: world.userId } }),
});

describe("POST /api/v1/bookings/check", () => {
  it("says confirmed, and writes nothing", async () => {
    const reply = await suite.api.check(world.userId, bookingRequest(world, day, "10:00", "12:00"));
    expect(reply.status).toBe(200);
    expect(BookingCheck.parse(reply.body)).toEqual({
      outcome: "confirmed",
      findings: [],
      conflicts: [],
      alternatives: [],
      priority: { tier: 2, label: "municipal_service" },
    });
    expect(await written()).toEqual({ bookings: 0, audit: 0 });
  });

  it("says requested where the front desk must approve", async () => {
    const spaceId = await suite.make.space(world.centreId, { requiresApproval: true });
    const reply = await suite.api.check(world.userId, bookingRequest(world, day, "10:00", "12:00", { spaceId }));
    expect(BookingCheck.parse(reply.body).outcome).toBe("requested");
  });

  it("says refused, with the findings", async () => {
    const reply = await suite.api.check(world.userId, bookingRequest(world, day, "06:00", "07:00"));
    const check = BookingCheck.parse(reply.body);
    expect(check.outcome).toBe("refused");
    expect(check.findings.map((f) => f.code)).toEqual(["outside_opening_hours"]);
  });

  it("says conflict, with the conflicts and alternatives, and writes nothing", async () => {
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"))).status).toBe(201);
    const before = await written();
    const reply = await suite.api.check(world.userId, bookingRequest(world, day, "11:00", "12:00"));
    const check = BookingCheck.parse(reply.body);
    expect(check.outcome).toBe("conflict");
    expect(check.conflicts).toHaveLength(1);
    expect(check.alternatives.length).toBeGreaterThanOrEqual(3);
    expect(await written()).toEqual(before);
  });

  it("needs a user (401), the booker's own organisation (403), JSON (415) and a valid body (400)", async () => {
    const body = bookingRequest(world, day, "10:00", "12:00");
    expect((await suite.api.check(null, body)).status).toBe(401);
    const other = await suite.make.organisation();
    expect((await suite.api.check(world.userId, { ...body, organisationId: other })).status).toBe(403);
    const strict = await suite.api.check(world.userId, { ...body, extra: 1 });
    expect(strict.status).toBe(400);
    expect(Problem.parse(strict.body).errors?.[0]?.pointer).toBe("/body");
    const unknownSpace = await suite.api.check(world.userId, { ...body, spaceId: "00000000-0000-4000-8000-000000000003" });
    expect(unknownSpace.status).toBe(404);
  });
});
