import { Approval, DeskBoard, DeskBooking, DeskQueue, Problem } from "@sambruk/contracts";
import { formatLocalDate } from "@sambruk/domain";
import { useApiSuite } from "../../testing/api-suite";
import { bookingsClient } from "../../testing/bookings-client";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { deskClient, deskWorld, insertBooking, type DeskWorld } from "./desk-test-world";

const suite = useApiSuite((s) => ({ desk: deskClient(s.app, s.db), bookings: bookingsClient(s.app, s.db) }));
const day = futureDay(30);
let world: DeskWorld;

beforeEach(async () => {
  world = await deskWorld(suite.make);
});

/** A request through the API (202), as `by` of the world, for a space of the hall. */
async function request(by: "group" | "service", spaceId: string, from: string, to: string): Promise<string> {
  const who = world[by];
  const reply = await suite.bookings.create(who.userId, {
    spaceId,
    organisationId: who.organisationId,
    activityTypeId: world.activityTypeId,
    title: `Forespørsel ${by}`,
    expectedAttendees: 10,
    start: osloIso(day, from),
    end: osloIso(day, to),
  });
  expect(reply.status).toBe(202);
  return (reply.body as { id: string }).id;
}

const notifications = (bookingId: string) => suite.db.prisma.notification.findMany({ where: { bookingId }, select: { kind: true, userId: true } });
const auditActions = async (bookingId: string) =>
  (await suite.db.prisma.auditEvent.findMany({ where: { entityId: bookingId }, select: { action: true }, orderBy: { at: "asc" } })).map((e) => e.action);

describe("GET /api/v1/desk/centres/{id}/day", () => {
  it("shows the day: every space, the live bookings in full with no-shows, and the blocks", async () => {
    const confirmed = await insertBooking(suite.db, world, { spaceId: world.roomId, start: osloIso(day, "10:00"), end: osloIso(day, "11:00") });
    const requested = await insertBooking(suite.db, world, { spaceId: world.hall.partA, start: osloIso(day, "12:00"), end: osloIso(day, "13:00"), status: "requested", by: "service" });
    const cancelled = await insertBooking(suite.db, world, { spaceId: world.roomId, start: osloIso(day, "14:00"), end: osloIso(day, "15:00") });
    await suite.db.prisma.booking.update({ where: { id: cancelled.id }, data: { status: "cancelled" } });
    await insertBooking(suite.db, world, { spaceId: world.roomId, start: osloIso(futureDay(31), "10:00"), end: osloIso(futureDay(31), "11:00") });
    const tenDaysAgo = Date.now() - 10 * 24 * 3600_000;
    await insertBooking(suite.db, world, { spaceId: world.roomId, start: new Date(tenDaysAgo), end: new Date(tenDaysAgo + 3600_000), status: "released" });
    await suite.make.closure({ spaceId: world.hall.partB, start: osloIso(day, "08:00"), end: osloIso(day, "09:00") });

    const reply = await suite.desk.day(world.host, world.centreId, formatLocalDate(day));
    expect(reply.status).toBe(200);
    const board = DeskBoard.parse(reply.body);
    expect(board.spaces.map((s) => s.id).sort()).toEqual([world.roomId, world.hall.whole, world.hall.partA, world.hall.partB].sort());
    expect(board.spaces.find((s) => s.id === world.hall.partA)?.partOf).toBe(world.hall.whole);
    expect(board.bookings.map((b) => [b.id, b.status, b.noShows])).toEqual([
      [confirmed.id, "confirmed", 1],
      [requested.id, "requested", 0],
    ]);
    expect(board.bookings[0]).toMatchObject({ title: "Skrankeprøve", bookedBy: { id: world.group.userId }, checkedInAt: null, statusReason: null });
    expect(board.blocks).toEqual([expect.objectContaining({ spaceId: world.hall.partB, centreId: world.centreId, reason: "Test closure" })]);
  });

  it("is for the centre's front desk and admins: 403 for another centre's host and for members, 401 for the public", async () => {
    const date = formatLocalDate(day);
    expect((await suite.desk.day(world.hostElsewhere, world.centreId, date)).status).toBe(403);
    expect((await suite.desk.day(world.service.userId, world.centreId, date)).status).toBe(403);
    expect((await suite.desk.day(null, world.centreId, date)).status).toBe(401);
    expect((await suite.desk.day(await suite.make.user(null, "admin"), world.centreId, date)).status).toBe(200);
    expect((await suite.desk.day(world.host, world.centreId, "2026-02-30")).status).toBe(400);
  });
});

describe("GET /api/v1/desk/centres/{id}/queue and the decisions", () => {
  it("groups competing requests for the hall (the whole and a part) into one set, in tier order, with their findings", async () => {
    const groupFirst = await request("group", world.hall.partA, "11:00", "13:00");
    const serviceLater = await request("service", world.hall.whole, "10:00", "12:00");
    const alone = await request("group", world.hall.partB, "14:00", "15:00");
    const holder = await insertBooking(suite.db, world, { spaceId: world.hall.partB, start: osloIso(day, "14:30"), end: osloIso(day, "16:00") });

    const reply = await suite.desk.queue(world.host, world.centreId);
    expect(reply.status).toBe(200);
    const { sets } = DeskQueue.parse(reply.body);
    expect(sets.map((set) => set.requests.map((r) => r.id))).toEqual([[serviceLater, groupFirst], [alone]]);
    const [pair, single] = sets;
    expect(pair?.requests.map((r) => r.priority)).toEqual([{ tier: 2, label: "municipal_service" }, { tier: 3, label: "volunteer_group" }]);
    expect(pair?.requests[0]?.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "approval_required", severity: "review" })]));
    expect(pair?.collisions[serviceLater]).toEqual([groupFirst]);
    expect(pair?.holders).toEqual([]);
    expect(single?.holders.map((h) => h.id)).toEqual([holder.id]);
  });

  it("approving one rejects the competitor in the same transaction, with a reason, audited and notified", async () => {
    const groupRequest = await request("group", world.hall.partA, "11:00", "13:00");
    const serviceRequest = await request("service", world.hall.whole, "10:00", "12:00");
    const elsewhere = await request("group", world.hall.partB, "14:00", "15:00");

    const reply = await suite.desk.approve(world.host, serviceRequest, 1);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"2"');
    const { approved, rejected } = Approval.parse(reply.body);
    expect(approved).toMatchObject({ id: serviceRequest, status: "confirmed", version: 2 });
    expect(rejected).toEqual([expect.objectContaining({ id: groupRequest, status: "rejected", statusReason: "competing_request_approved" })]);

    expect(await suite.db.prisma.bookingClaim.count({ where: { bookingId: serviceRequest } })).toBe(2);
    const stored = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: serviceRequest }, select: { checkInTokenHash: true } });
    expect(stored.checkInTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditActions(serviceRequest)).toEqual(["booking.created", "booking.approved"]);
    expect(await auditActions(groupRequest)).toEqual(["booking.created", "booking.rejected"]);
    expect(await notifications(serviceRequest)).toEqual([{ kind: "booking_confirmed", userId: world.service.userId }]);
    expect(await notifications(groupRequest)).toEqual([{ kind: "booking_rejected", userId: world.group.userId }]);
    // The confirmation carries the organiser's check-in link to the web app's check-in page.
    const confirmation = await suite.db.prisma.notification.findFirstOrThrow({ where: { bookingId: serviceRequest }, select: { params: true } });
    expect(confirmation.params).toMatchObject({ checkInUrl: expect.stringMatching(new RegExp(`/sjekk-inn/${serviceRequest}\\?token=[\\w-]{20,}$`)) });

    const again = await suite.desk.approve(world.host, groupRequest, 2);
    expect(again.status).toBe(409);
    expect(Problem.parse(again.body).code).toBe("not_pending");
    const { sets } = DeskQueue.parse((await suite.desk.queue(world.host, world.centreId)).body);
    expect(sets.map((set) => set.requests.map((r) => r.id))).toEqual([[elsewhere]]);
  });

  it("refuses to approve over a confirmed booking (approval_blocked), and wants the current version", async () => {
    const requested = await request("group", world.hall.partA, "11:00", "13:00");
    expect((await suite.desk.approve(world.host, requested, null)).status).toBe(428);
    expect(Problem.parse((await suite.desk.approve(world.host, requested, 7)).body).code).toBe("precondition_failed");
    await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: osloIso(day, "12:00"), end: osloIso(day, "14:00"), by: "service" });
    const blocked = await suite.desk.approve(world.host, requested, 1);
    expect(blocked.status).toBe(409);
    expect(Problem.parse(blocked.body).code).toBe("approval_blocked");
    expect((await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: requested } })).status).toBe("requested");
  });

  it("rejects a request with the host's reason, audited and notified; a second decision is 409", async () => {
    const requested = await request("group", world.hall.partA, "11:00", "13:00");
    const reply = await suite.desk.reject(world.host, requested, "Salen er reservert for valget.", 1);
    expect(reply.status).toBe(200);
    expect(DeskBooking.parse(reply.body)).toMatchObject({ status: "rejected", statusReason: "Salen er reservert for valget.", version: 2 });
    expect(await auditActions(requested)).toEqual(["booking.created", "booking.rejected"]);
    expect(await notifications(requested)).toEqual([{ kind: "booking_rejected", userId: world.group.userId }]);
    const again = await suite.desk.reject(world.host, requested, "Igjen.", 2);
    expect(Problem.parse(again.body).code).toBe("not_pending");
    expect((await suite.desk.approve(world.host, requested, 2)).status).toBe(409);
  });

  it("is for the centre's front desk: another centre's host gets 403 on the queue and the decisions", async () => {
    const requested = await request("group", world.hall.partA, "11:00", "13:00");
    expect((await suite.desk.queue(world.hostElsewhere, world.centreId)).status).toBe(403);
    expect((await suite.desk.approve(world.hostElsewhere, requested, 1)).status).toBe(403);
    expect((await suite.desk.reject(world.group.userId, requested, "Nei.", 1)).status).toBe(403);
    expect((await suite.desk.approve(world.host, "00000000-0000-4000-8000-000000000077", 1)).status).toBe(404);
    expect((await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: requested } })).status).toBe("requested");
  });
});
