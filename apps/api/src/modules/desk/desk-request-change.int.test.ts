import { DeskBooking, Problem } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { sessionHeaders } from "../../testing/sessions";
import { deskClient, deskWorld, insertBooking, type DeskWorld, type Reply } from "./desk-test-world";

const suite = useApiSuite((s) => {
  const as = sessionHeaders(s.db);
  /** POST /desk/bookings/{id}/request-change as a user, with If-Match of the version. */
  const requestChange = async (userId: string, id: string, message: string, version: number): Promise<Reply> => {
    const headers = { ...(await as(userId)), "content-type": "application/json", "if-match": `"${version}"` };
    const response = await fetch(s.app.url(`/api/v1/desk/bookings/${id}/request-change`), { method: "POST", headers, body: JSON.stringify({ message }) });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return { desk: deskClient(s.app, s.db), requestChange };
});
const day = futureDay(30);
const message = "Kan dere ta Storsalen B i stedet, eller starte 19:00?";
let world: DeskWorld;

beforeEach(async () => {
  world = await deskWorld(suite.make);
});

const requested = async () =>
  (await insertBooking(suite.db, world, { spaceId: world.hall.partA, start: osloIso(day, "18:00"), end: osloIso(day, "20:00"), status: "requested" })).id;
const stored = (id: string) => suite.db.prisma.booking.findUniqueOrThrow({ where: { id }, select: { status: true, statusReason: true, version: true } });

describe("POST /api/v1/desk/bookings/{id}/request-change", () => {
  it("keeps the request waiting with the host's message, audited and notified to the booker", async () => {
    const id = await requested();
    const reply = await suite.requestChange(world.host, id, message, 1);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"2"');
    expect(DeskBooking.parse(reply.body)).toMatchObject({ id, status: "requested", statusReason: message, version: 2 });
    const audit = await suite.db.prisma.auditEvent.findMany({ where: { entityId: id }, select: { action: true, actorId: true } });
    expect(audit).toEqual([{ action: "booking.change_requested", actorId: world.host }]);
    const notices = await suite.db.prisma.notification.findMany({ where: { bookingId: id }, select: { kind: true, userId: true, params: true } });
    expect(notices).toEqual([{ kind: "booking_change_requested", userId: world.group.userId, params: expect.objectContaining({ reason: message }) }]);
  });

  it("is 409 not_pending when the booking no longer waits", async () => {
    const id = await requested();
    expect((await suite.desk.reject(world.host, id, "Nei.", 1)).status).toBe(200);
    const reply = await suite.requestChange(world.host, id, message, 2);
    expect(reply.status).toBe(409);
    expect(Problem.parse(reply.body).code).toBe("not_pending");
    expect(await stored(id)).toMatchObject({ status: "rejected", statusReason: "Nei.", version: 2 });
  });

  it("is 412 on a stale If-Match, and nothing changes", async () => {
    const id = await requested();
    const reply = await suite.requestChange(world.host, id, message, 7);
    expect(reply.status).toBe(412);
    expect(Problem.parse(reply.body).code).toBe("precondition_failed");
    expect(await stored(id)).toEqual({ status: "requested", statusReason: null, version: 1 });
  });

  it("is 403 for the host of another centre, and nothing is notified", async () => {
    const id = await requested();
    expect((await suite.requestChange(world.hostElsewhere, id, message, 1)).status).toBe(403);
    expect(await stored(id)).toEqual({ status: "requested", statusReason: null, version: 1 });
    expect(await suite.db.prisma.notification.count({ where: { bookingId: id } })).toBe(0);
  });
});
