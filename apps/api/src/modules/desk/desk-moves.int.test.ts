import { DeskAlternatives, DeskBooking } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { at, movesClient, movesWorld, type MovesWorld } from "./desk-moves-test-world";
import { insertBooking } from "./desk-test-world";

const suite = useApiSuite((s) => ({ moves: movesClient(s.app, s.db) }));
let world: MovesWorld;
let cafe: { id: string; version: number };

beforeEach(async () => {
  world = await movesWorld(suite.db, suite.make);
  cafe = await insertBooking(suite.db, world, { spaceId: world.roomId, start: at(20, "10:00"), end: at(20, "12:00") });
});

const toPartA = (extra: Record<string, unknown> = {}) => ({ spaceId: world.hall.partA, start: at(21, "14:00"), end: at(21, "16:00"), reason: "Vannlekkasje i rommet", ...extra });

describe("GET /api/v1/desk/bookings/{id}/alternatives", () => {
  it("ranks where a live booking could go, itself out of the way; a final booking is 409", async () => {
    const reply = await suite.moves.alternatives(world.host, cafe.id);
    expect(reply.status).toBe(200);
    const { bookingId, alternatives } = DeskAlternatives.parse(reply.body);
    expect(bookingId).toBe(cafe.id);
    expect(alternatives.length).toBeGreaterThan(0);
    // It is not in its own way: the nearest other times of its room overlap its own time.
    expect(alternatives.filter((a) => a.kind === "same_space").map((a) => a.start)).toContain(new Date(at(20, "10:15")).toISOString());
    expect((await suite.moves.alternatives(world.hostElsewhere, cafe.id)).status).toBe(403);
    await suite.db.prisma.booking.update({ where: { id: cafe.id }, data: { status: "cancelled" } });
    expect((await suite.moves.alternatives(world.host, cafe.id)).body).toMatchObject({ code: "booking_not_editable" });
  });
});

describe("POST /api/v1/desk/bookings/{id}/move", () => {
  it("moves the booking, bumps its version and tells its booker why", async () => {
    const reply = await suite.moves.move(world.host, cafe.id, toPartA(), cafe.version);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"2"');
    expect(DeskBooking.parse(reply.body)).toMatchObject({ id: cafe.id, spaceId: world.hall.partA, start: new Date(at(21, "14:00")).toISOString(), status: "confirmed", version: 2 });
    const notices = await suite.db.prisma.notification.findMany({ where: { bookingId: cafe.id }, select: { kind: true, userId: true, params: true } });
    expect(notices).toEqual([expect.objectContaining({ kind: "booking_moved", userId: world.group.userId, params: expect.objectContaining({ reason: "Vannlekkasje i rommet" }) })]);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: cafe.id, action: "booking.moved", actorId: world.host } })).toBe(1);
  });

  it("answers a taken time with 409 and alternatives, a refusing rule with 422, a stale version with 412", async () => {
    await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: at(21, "15:00"), end: at(21, "17:00"), by: "service" });
    const taken = await suite.moves.move(world.host, cafe.id, toPartA(), cafe.version);
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: "booking_conflict", conflicts: [expect.anything()], alternatives: expect.arrayContaining([expect.anything()]) });
    const night = await suite.moves.move(world.host, cafe.id, toPartA({ start: at(21, "05:00"), end: at(21, "06:00") }), cafe.version);
    expect(night.status).toBe(422);
    expect(night.body).toMatchObject({ code: "booking_refused" });
    expect((await suite.moves.move(world.host, cafe.id, toPartA({ start: at(22, "10:00"), end: at(22, "11:00") }), cafe.version + 1)).status).toBe(412);
    const unchanged = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: cafe.id }, select: { spaceId: true, version: true } });
    expect(unchanged).toEqual({ spaceId: world.roomId, version: 1 });
  });

  it("is for the front desk of the booking's centre and of the target's, and admins", async () => {
    expect((await suite.moves.move(world.hostElsewhere, cafe.id, toPartA(), cafe.version)).status).toBe(403);
    expect((await suite.moves.move(world.group.userId, cafe.id, toPartA(), cafe.version)).status).toBe(403);
    const elsewhere = await suite.make.space(await suite.make.centre());
    expect((await suite.moves.move(world.host, cafe.id, toPartA({ spaceId: elsewhere }), cafe.version)).status).toBe(403);
    expect((await suite.moves.move(world.admin, cafe.id, toPartA({ spaceId: elsewhere }), cafe.version)).status).toBe(200);
  });
});
