// Two hosts approving competing requests at the same moment, through HTTP and the whole stack: exactly one wins.
// Needs a real server (PGlite has one connection, so nothing would run in parallel).
import { useApiSuite } from "../../testing/api-suite";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { describeWithServer } from "../../testing/test-database";
import { deskClient, deskWorld, insertBooking } from "./desk-test-world";

describeWithServer("concurrent approvals", () => {
  const suite = useApiSuite((s) => ({ desk: deskClient(s.app, s.db) }));
  const day = futureDay(34);

  it.each([1, 2, 3, 4, 5])("round %i: of two competing requests approved in parallel, exactly one is confirmed", async () => {
    const world = await deskWorld(suite.make);
    const secondHost = await suite.make.user(null, "front_desk", [world.centreId]);
    const whole = await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: osloIso(day, "10:00"), end: osloIso(day, "12:00"), status: "requested", by: "service" });
    const part = await insertBooking(suite.db, world, { spaceId: world.hall.partB, start: osloIso(day, "11:00"), end: osloIso(day, "13:00"), status: "requested" });
    const replies = await Promise.all([suite.desk.approve(world.host, whole.id, 1), suite.desk.approve(secondHost, part.id, 1)]);

    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = replies.find((r) => r.status === 409)?.body as { code?: string } | undefined;
    expect(["not_pending", "approval_blocked"]).toContain(loser?.code);
    const stored = await suite.db.prisma.booking.findMany({ where: { id: { in: [whole.id, part.id] } }, select: { status: true } });
    expect(stored.map((b) => b.status).sort()).toEqual(["confirmed", "rejected"]);
    expect(await suite.db.prisma.notification.count({ where: { bookingId: { in: [whole.id, part.id] } } })).toBe(2);
  });

  it("two hosts approving the same request: one 200, one 409 not_pending, one audit event", async () => {
    const world = await deskWorld(suite.make);
    const secondHost = await suite.make.user(null, "front_desk", [world.centreId]);
    const request = await insertBooking(suite.db, world, { spaceId: world.roomId, start: osloIso(day, "15:00"), end: osloIso(day, "16:00"), status: "requested" });
    const replies = await Promise.all([suite.desk.approve(world.host, request.id, 1), suite.desk.approve(secondHost, request.id, 1)]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: request.id, action: "booking.approved" } })).toBe(1);
  });
});
