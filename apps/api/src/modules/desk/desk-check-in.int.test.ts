import { CheckedIn, DeskBooking, Problem } from "@sambruk/contracts";
import { hashToken, newToken } from "../auth/session-token";
import { useApiSuite } from "../../testing/api-suite";
import { deskClient, deskWorld, insertBooking, type DeskWorld } from "./desk-test-world";
import { releaseNoShows } from "./release-no-shows";

const suite = useApiSuite((s) => ({ desk: deskClient(s.app, s.db) }));
const MINUTE = 60_000;
let world: DeskWorld;

beforeEach(async () => {
  world = await deskWorld(suite.make);
});

/** A confirmed booking of the group in a room of its own, starting `startsIn` minutes from now, an hour long. */
const confirmedIn = async (startsIn: number, checkInTokenHash: string | null = null) =>
  insertBooking(suite.db, world, {
    spaceId: await suite.make.space(world.centreId),
    start: new Date(Date.now() + startsIn * MINUTE),
    end: new Date(Date.now() + (startsIn + 60) * MINUTE),
    checkInTokenHash,
  });

describe("POST /api/v1/desk/bookings/{id}/check-in", () => {
  it("checks in a confirmed booking inside its window, audited; a second check-in is 409", async () => {
    const booking = await confirmedIn(10);
    const reply = await suite.desk.checkIn(world.host, booking.id);
    expect(reply.status).toBe(200);
    const checkedIn = DeskBooking.parse(reply.body);
    expect(checkedIn).toMatchObject({ status: "checked_in", version: 2 });
    expect(Date.now() - Date.parse(checkedIn.checkedInAt ?? "")).toBeLessThan(MINUTE);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: booking.id, action: "booking.checked_in", actorId: world.host } })).toBe(1);
    // Still holding its time.
    expect(await suite.db.prisma.bookingClaim.count({ where: { bookingId: booking.id } })).toBe(1);
    const again = await suite.desk.checkIn(world.host, booking.id);
    expect(again.status).toBe(409);
    expect(Problem.parse(again.body).code).toBe("check_in_unavailable");
  });

  it("409 outside the window (too early, or past the release point), 403 for another centre's host", async () => {
    const early = await confirmedIn(120);
    expect(Problem.parse((await suite.desk.checkIn(world.host, early.id)).body).code).toBe("check_in_unavailable");
    const late = await confirmedIn(-20);
    expect((await suite.desk.checkIn(world.host, late.id)).status).toBe(409);
    expect((await suite.desk.checkIn(world.hostElsewhere, (await confirmedIn(5)).id)).status).toBe(403);
    expect((await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: early.id } })).status).toBe("confirmed");
  });
});

describe("POST /api/v1/bookings/{id}/check-in?token=", () => {
  it("checks in with the organiser's link; a wrong token is 403, outside the window 409", async () => {
    const token = newToken();
    const booking = await confirmedIn(-5, hashToken(token));
    expect((await suite.desk.checkInWithToken(booking.id, newToken())).status).toBe(403);
    const reply = await suite.desk.checkInWithToken(booking.id, token);
    expect(reply.status).toBe(200);
    expect(CheckedIn.parse(reply.body)).toMatchObject({ id: booking.id, status: "checked_in" });
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: booking.id, action: "booking.checked_in", actorId: null } })).toBe(1);

    const laterToken = newToken();
    const later = await confirmedIn(180, hashToken(laterToken));
    const tooEarly = await suite.desk.checkInWithToken(later.id, laterToken);
    expect(tooEarly.status).toBe(409);
    expect(Problem.parse(tooEarly.body).code).toBe("check_in_unavailable");
    expect((await suite.desk.checkInWithToken("00000000-0000-4000-8000-000000000078", laterToken)).status).toBe(404);
  });

  it("cannot check in a booking that has no link yet", async () => {
    const booking = await confirmedIn(5);
    expect((await suite.desk.checkInWithToken(booking.id, newToken())).status).toBe(403);
  });
});

describe("releaseNoShows", () => {
  // A time of its own far ahead, so that the job touches no other test's bookings on a shared database.
  const start = new Date(Date.UTC(2031, 0, 7, 2, 0));
  const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

  it("releases a no-show once and only once with two workers at the same moment, and frees its time", async () => {
    const noShow = await insertBooking(suite.db, world, { spaceId: world.roomId, start: at(0), end: at(120) });
    const checkedIn = await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: at(0), end: at(120), status: "checked_in" });
    const notYet = await insertBooking(suite.db, world, { spaceId: await suite.make.space(world.centreId), start: at(10), end: at(120), by: "service" });

    const now = at(20);
    const [first, second] = await Promise.all([releaseNoShows(suite.db, now, 15), releaseNoShows(suite.db, now, 15)]);
    expect([first, second].sort()).toEqual([0, 1]);

    const stored = await suite.db.prisma.booking.findMany({ where: { id: { in: [noShow.id, checkedIn.id, notYet.id] } }, select: { id: true, status: true, statusReason: true } });
    expect(new Map(stored.map((b) => [b.id, [b.status, b.statusReason]]))).toEqual(
      new Map([
        [noShow.id, ["released", "no_show"]],
        [checkedIn.id, ["checked_in", null]],
        [notYet.id, ["confirmed", null]],
      ]),
    );
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: noShow.id, action: "booking.released" } })).toBe(1);
    expect(await suite.db.prisma.notification.findMany({ where: { bookingId: noShow.id }, select: { kind: true, userId: true } })).toEqual([
      { kind: "booking_released", userId: world.group.userId },
    ]);
    expect(await suite.db.prisma.bookingClaim.count({ where: { bookingId: noShow.id } })).toBe(0);
    // The released time is free: a new confirmed booking of the room over it is admitted by the constraint.
    await expect(insertBooking(suite.db, world, { spaceId: world.roomId, start: at(30), end: at(90), by: "service" })).resolves.toBeDefined();

    await releaseNoShows(suite.db, at(25), 15);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: noShow.id, action: "booking.released" } })).toBe(1);
  });
});
