import { DeskBookingCreated, OfferAccepted, OfferView } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { eventOf, fetchFeed, parseCalendar } from "../ical/ical-testing";
import { acceptLinks, at, movesClient, movesWorld, type MovesWorld } from "./desk-moves-test-world";
import { insertBooking } from "./desk-test-world";

const suite = useApiSuite((s) => ({ moves: movesClient(s.app, s.db) }));
let world: MovesWorld;

beforeEach(async () => {
  world = await movesWorld(suite.db, suite.make);
});

/** The library's author evening in the whole hall, `daysAhead` days from today, 18:00–21:00. */
const authorEvening = (daysAhead: number, extra: Record<string, unknown> = {}) => ({
  spaceId: world.hall.whole,
  organisationId: world.libraryId,
  activityTypeId: world.activityTypeId,
  title: "Forfatterkveld",
  expectedAttendees: 40,
  start: at(daysAhead, "18:00"),
  end: at(daysAhead, "21:00"),
  ...extra,
});
const bump = { reason: "Bibliotekets forfatterkveld" };
const statusOf = async (id: string) => (await suite.db.prisma.booking.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const titled = (title: string) => suite.db.prisma.booking.count({ where: { title, space: { centreId: world.centreId } } });

describe("POST /api/v1/desk/bookings with a bump", () => {
  it("bumps the language café for the library, offers it the equivalent room, and its accept link books it there", async () => {
    const cafe = await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: at(20, "18:00"), end: at(20, "20:00") });
    const reply = await suite.moves.create(world.host, authorEvening(20, { bump }));
    expect(reply.status).toBe(201);
    const created = DeskBookingCreated.parse(reply.body);
    expect(reply.headers.get("location")).toBe(`/api/v1/bookings/${created.booking.id}`);
    expect(reply.headers.get("etag")).toBe('"1"');
    // The hall needs approval, but the desk is the reviewer: confirmed at once, booked by the host.
    expect(created.booking).toMatchObject({ status: "confirmed", source: "front_desk", bookedBy: { id: world.host } });
    expect(created.bumped).toHaveLength(1);
    const [bumped] = created.bumped;
    expect(bumped?.booking).toMatchObject({ id: cafe.id, status: "bumped", statusReason: bump.reason, version: 2 });
    expect(bumped?.offers.map((o) => o.rank)).toEqual(bumped?.offers.map((_, i) => i + 1));
    // Its own hall at another time too, but never a time the library now holds.
    const hallTimes = bumped?.offers.filter((o) => o.kind === "same_space") ?? [];
    expect(hallTimes.length).toBeGreaterThan(0);
    expect(hallTimes.every((o) => Date.parse(o.end) <= Date.parse(at(20, "18:00")) || Date.parse(o.start) >= Date.parse(at(20, "21:00")))).toBe(true);
    const room = bumped?.offers.find((o) => o.kind === "same_centre");
    expect(room).toMatchObject({ spaceId: world.roomId, start: new Date(at(20, "18:00")).toISOString(), status: "open", expiresAt: new Date(at(20, "18:00")).toISOString() });
    expect(await statusOf(cafe.id)).toBe("bumped");

    const notices = await suite.db.prisma.notification.findMany({ where: { bookingId: cafe.id }, select: { kind: true, userId: true } });
    expect(notices).toEqual([{ kind: "booking_bumped", userId: world.group.userId }]);
    const links = await acceptLinks(suite.db, world.group.userId);
    expect(links.map((l) => l.offerId).sort()).toEqual(bumped?.offers.map((o) => o.id).sort());
    const link = links.find((l) => l.offerId === room?.id);
    if (!link) throw new Error("no link to the room's offer");
    const stored = await suite.db.prisma.bookingOffer.findUniqueOrThrow({ where: { id: link.offerId }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(link.token);

    const view = await suite.moves.offer(link.offerId, link.token);
    expect(view.status).toBe(200);
    expect(OfferView.parse(view.body)).toMatchObject({ status: "open", title: "Skrankeprøve", offered: { spaceId: world.roomId } });
    const accepted = await suite.moves.accept(link.offerId, link.token);
    expect(accepted.status).toBe(201);
    const taken = OfferAccepted.parse(accepted.body);
    expect(await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: taken.bookingId }, select: { spaceId: true, status: true, organisationId: true } })).toEqual({
      spaceId: world.roomId,
      status: "confirmed",
      organisationId: world.group.organisationId,
    });

    const feed = await fetchFeed(suite.app, `/api/v1/ical/centres/${world.centreId}.ics`);
    expect(feed.status).toBe(200);
    const calendar = parseCalendar(feed.text);
    const roomName = (await suite.db.prisma.space.findUniqueOrThrow({ where: { id: world.roomId }, select: { name: true } })).name;
    expect(eventOf(calendar, taken.bookingId)?.location?.startsWith(`${roomName},`)).toBe(true);
    expect(eventOf(calendar, created.booking.id)).toMatchObject({ summary: "Forfatterkveld" });
    expect(eventOf(calendar, created.booking.id)?.location?.startsWith("Hall,")).toBe(true);
    expect(eventOf(calendar, cafe.id)).toBeUndefined();
  });

  it("refuses with 10 days' notice (bump_notice_too_short) and changes nothing; an admin with a justification may", async () => {
    const cafe = await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: at(10, "18:00"), end: at(10, "20:00") });
    const refused = await suite.moves.create(world.host, authorEvening(10, { bump }));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: "bump_refused", refusals: [{ bookingId: cafe.id, code: "bump_notice_too_short", params: { noticeDays: 14 } }] });
    // A host's override is no override.
    const hostOverride = await suite.moves.create(world.host, authorEvening(10, { bump: { ...bump, override: { justification: "Ministerbesøk i salen" } } }));
    expect(hostOverride.body).toMatchObject({ code: "bump_refused" });
    expect(await statusOf(cafe.id)).toBe("confirmed");
    expect(await titled("Forfatterkveld")).toBe(0);
    expect(await suite.db.prisma.bookingOffer.count({ where: { bookingId: cafe.id } })).toBe(0);

    const overridden = await suite.moves.create(world.admin, authorEvening(10, { bump: { ...bump, override: { justification: "Ministerbesøk i salen" } } }));
    expect(overridden.status).toBe(201);
    expect(await statusOf(cafe.id)).toBe("bumped");
    const audit = await suite.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: cafe.id, action: "booking.bumped" }, select: { after: true, actorId: true } });
    expect(audit).toMatchObject({ actorId: world.admin, after: { overrideJustification: "Ministerbesøk i salen", statusReason: bump.reason } });
  });

  it("is all or nothing: one holder of an equal tier refuses the whole, and both holders stay", async () => {
    const cafe = await insertBooking(suite.db, world, { spaceId: world.hall.partA, start: at(20, "18:00"), end: at(20, "19:00") });
    const service = await insertBooking(suite.db, world, { spaceId: world.hall.partB, start: at(20, "19:00"), end: at(20, "20:00"), by: "service" });
    // Another municipal service (tier 2) may bump the café (tier 3) but not a service of its own tier.
    const reply = await suite.moves.create(world.host, authorEvening(20, { bump, organisationId: world.unitId }));
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: "bump_refused", refusals: [{ bookingId: service.id, code: "bump_lower_tier_only" }] });
    expect([await statusOf(cafe.id), await statusOf(service.id)]).toEqual(["confirmed", "confirmed"]);
    expect(await titled("Forfatterkveld")).toBe(0);
  });
});

describe("the house's own services", () => {
  it("the library (tier 1) may bump a municipal service (tier 2); another service of tier 2 may not", async () => {
    const service = await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: at(21, "18:00"), end: at(21, "20:00"), by: "service" });
    const refused = await suite.moves.create(world.host, authorEvening(21, { bump, organisationId: world.unitId }));
    expect(refused.body).toMatchObject({ code: "bump_refused", refusals: [{ bookingId: service.id, code: "bump_lower_tier_only" }] });
    const reply = await suite.moves.create(world.host, authorEvening(21, { bump }));
    expect(reply.status).toBe(201);
    expect(await statusOf(service.id)).toBe("bumped");
  });
});

describe("POST /api/v1/desk/bookings without a bump", () => {
  it("books a walk-in for any organisation, confirmed; a booking in the way is 409 with alternatives", async () => {
    const free = await suite.moves.create(world.host, { ...authorEvening(20), organisationId: world.group.organisationId, title: "Strikkekafé" });
    expect(free.status).toBe(201);
    expect(DeskBookingCreated.parse(free.body)).toMatchObject({ booking: { status: "confirmed", organisation: { id: world.group.organisationId } }, bumped: [] });
    const taken = await suite.moves.create(world.host, authorEvening(20));
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: "booking_conflict", conflicts: [expect.anything()], alternatives: expect.arrayContaining([expect.anything()]) });
  });

  it("judges the booking as the organisation's: a rule that refuses it is 422; another centre's host is 403", async () => {
    const night = await suite.moves.create(world.host, authorEvening(20, { start: at(20, "23:30"), end: at(21, "01:00") }));
    expect(night.status).toBe(422);
    expect(night.body).toMatchObject({ code: "booking_refused" });
    expect((await suite.moves.create(world.hostElsewhere, authorEvening(20))).status).toBe(403);
    expect((await suite.moves.create(world.service.userId, authorEvening(20))).status).toBe(403);
  });
});
