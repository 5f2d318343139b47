import { ConflictProblem } from "@sambruk/contracts";
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

describe("POST /api/v1/bookings: conflicts", () => {
  it("409 with the conflicting interval and at least three ranked alternatives", async () => {
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "10:00", "12:00"))).status).toBe(201);
    await suite.make.space(world.centreId, { capacity: 20 });
    const reply = await suite.api.create(world.userId, bookingRequest(world, day, "11:00", "13:00"));
    expect(reply.status).toBe(409);
    const problem = ConflictProblem.parse(reply.body);
    expect(problem.code).toBe("booking_conflict");
    expect(problem.conflicts).toEqual([{ start: new Date(osloIso(day, "10:00")).toISOString(), end: new Date(osloIso(day, "12:00")).toISOString() }]);
    expect(problem.alternatives.length).toBeGreaterThanOrEqual(3);
    expect(problem.alternatives[0]).toMatchObject({ kind: "same_space", spaceId: world.roomId });
    expect(problem.alternatives.map((a) => a.kind)).toContain("same_centre");
  });

  it("a requested booking over a confirmed one is a conflict too; requests may overlap each other", async () => {
    const spaceId = await suite.make.space(world.centreId, { requiresApproval: true });
    const desk = await suite.make.user(null, "front_desk", [world.centreId]);
    expect((await suite.api.create(desk, bookingRequest(world, day, "10:00", "12:00", { spaceId }))).status).toBe(201);
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "11:00", "12:00", { spaceId }))).status).toBe(409);
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "13:00", "14:00", { spaceId }))).status).toBe(202);
    expect((await suite.api.create(world.userId, bookingRequest(world, day, "13:00", "15:00", { spaceId }))).status).toBe(202);
  });

  it("counts buffers as occupied time, in the database", async () => {
    const spaceId = await suite.make.space(world.centreId, { bufferAfterMinutes: 15 });
    const at = (from: string, to: string) => suite.api.create(world.userId, bookingRequest(world, day, from, to, { spaceId }));
    expect((await at("10:00", "11:00")).status).toBe(201);
    const clash = await at("11:00", "12:00");
    expect(clash.status).toBe(409);
    expect(ConflictProblem.parse(clash.body).conflicts[0]?.end).toBe(new Date(osloIso(day, "11:15")).toISOString());
    expect((await at("11:15", "12:00")).status).toBe(201);
  });

  it("keeps a hall and its parts apart: the whole blocks a part, two parts block the whole", async () => {
    const { whole, partA, partB } = world.hall;
    const at = (spaceId: string, from: string, to: string) => suite.api.create(world.userId, bookingRequest(world, day, from, to, { spaceId }));
    expect((await at(whole, "10:00", "12:00")).status).toBe(201);
    expect((await at(partA, "11:00", "13:00")).status).toBe(409);
    expect((await at(partA, "12:00", "14:00")).status).toBe(201);
    expect((await at(partB, "12:00", "14:00")).status).toBe(201);
    expect((await at(whole, "13:00", "15:00")).status).toBe(409);
  });
});

describe("alternatives across centres", () => {
  it("offers other centres nearest first, centres without coordinates last", async () => {
    // Far from every other test centre, so the nearest ones are these.
    const home = await bookingWorld(suite.make, { centre: { latitude: 78.2, longitude: 15.6 } });
    const near = await suite.make.centre({ latitude: 78.21, longitude: 15.6 });
    const far = await suite.make.centre({ latitude: 78.5, longitude: 15.6 });
    const nearRoom = await suite.make.space(near);
    const farRoom = await suite.make.space(far);
    expect((await suite.api.create(home.userId, bookingRequest(home, day, "10:00", "12:00"))).status).toBe(201);
    const reply = await suite.api.create(home.userId, bookingRequest(home, day, "10:00", "12:00"));
    expect(reply.status).toBe(409);
    const others = ConflictProblem.parse(reply.body).alternatives.filter((a) => a.kind === "other_centre");
    expect(others.map((a) => a.spaceId).slice(0, 2)).toEqual([nearRoom, farRoom]);
    expect(others[0]).toMatchObject({ centreId: near, start: new Date(osloIso(day, "10:00")).toISOString() });
  });
});
