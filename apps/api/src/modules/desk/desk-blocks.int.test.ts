import { BlockResult, Problem } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { deskClient, deskWorld, insertBooking, type DeskWorld } from "./desk-test-world";

const suite = useApiSuite((s) => ({ desk: deskClient(s.app, s.db) }));
const day = futureDay(33);
let world: DeskWorld;
let whole: string;
let partRequest: string;
let room: string;

beforeEach(async () => {
  world = await deskWorld(suite.make);
  whole = (await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: osloIso(day, "10:00"), end: osloIso(day, "12:00"), by: "service" })).id;
  partRequest = (await insertBooking(suite.db, world, { spaceId: world.hall.partA, start: osloIso(day, "11:00"), end: osloIso(day, "12:00"), status: "requested" })).id;
  room = (await insertBooking(suite.db, world, { spaceId: world.roomId, start: osloIso(day, "10:00"), end: osloIso(day, "11:00") })).id;
});

const blockOfPartA = (extra: Record<string, unknown>) => ({
  centreId: world.centreId,
  spaceId: world.hall.partA,
  start: osloIso(day, "10:30"),
  end: osloIso(day, "11:30"),
  reason: "Vannlekkasje i sal A",
  ...extra,
});
const closures = () => suite.db.prisma.closure.count({ where: { spaceId: world.hall.partA } });

describe("POST /api/v1/desk/blocks", () => {
  it("a dry run lists the bookings the block hits (the whole of a blocked part too) and writes nothing", async () => {
    const reply = await suite.desk.block(world.host, blockOfPartA({ dryRun: true }));
    expect(reply.status).toBe(200);
    const result = BlockResult.parse(reply.body);
    expect(result.block).toBeNull();
    expect(result.hits.map((b) => b.id)).toEqual([whole, partRequest]);
    expect(result.cancelled).toEqual([]);
    expect(await closures()).toBe(0);
  });

  it("creates the block and cancels the chosen hits with notice, in one transaction; audited", async () => {
    const reply = await suite.desk.block(world.host, blockOfPartA({ cancel: [whole] }));
    expect(reply.status).toBe(201);
    const result = BlockResult.parse(reply.body);
    expect(result.block).toMatchObject({ centreId: world.centreId, spaceId: world.hall.partA, reason: "Vannlekkasje i sal A" });
    expect(result.cancelled).toEqual([expect.objectContaining({ id: whole, status: "cancelled", statusReason: "blocked" })]);
    expect(result.hits.map((b) => b.id)).toEqual([partRequest]);
    expect(await closures()).toBe(1);
    expect(await suite.db.prisma.bookingClaim.count({ where: { bookingId: whole } })).toBe(0);
    expect(await suite.db.prisma.notification.findMany({ where: { bookingId: whole }, select: { kind: true, userId: true } })).toEqual([
      { kind: "booking_cancelled_by_desk", userId: world.service.userId },
    ]);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: whole, action: "booking.cancelled", actorId: world.host } })).toBe(1);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: result.block?.id ?? "", action: "closure.created" } })).toBe(1);
    expect((await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: room } })).status).toBe("confirmed");
  });

  it("refuses to cancel a booking the block does not hit (400, nothing written); 403 for another centre's host", async () => {
    const reply = await suite.desk.block(world.host, blockOfPartA({ cancel: [whole, room] }));
    expect(reply.status).toBe(400);
    expect(Problem.parse(reply.body).errors).toEqual([expect.objectContaining({ pointer: "/body/cancel/1" })]);
    expect(await closures()).toBe(0);
    expect((await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: whole } })).status).toBe("confirmed");
    expect((await suite.desk.block(world.hostElsewhere, blockOfPartA({ dryRun: true }))).status).toBe(403);
  });

  it("blocks the whole centre: every live booking of the day's range is hit", async () => {
    const reply = await suite.desk.block(world.host, { centreId: world.centreId, start: osloIso(day, "09:00"), end: osloIso(day, "13:00"), reason: "Strømbrudd", dryRun: true });
    expect(BlockResult.parse(reply.body).hits.map((b) => b.id).sort()).toEqual([whole, partRequest, room].sort());
  });
});
