import { DeskBookingCreated, OfferAccepted, OfferView } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { acceptLinks, at, movesClient, movesWorld, type MovesWorld } from "../desk/desk-moves-test-world";
import { insertBooking } from "../desk/desk-test-world";

const suite = useApiSuite((s) => ({ moves: movesClient(s.app, s.db) }));
let world: MovesWorld;
let bumpedId: string;
let links: { offerId: string; token: string }[];

/** The language café in the whole hall, bumped by the library: its offers (the room, a second room) and their links. */
beforeEach(async () => {
  world = await movesWorld(suite.db, suite.make);
  await suite.make.space(world.centreId);
  bumpedId = (await insertBooking(suite.db, world, { spaceId: world.hall.whole, start: at(20, "18:00"), end: at(20, "20:00") })).id;
  const reply = await suite.moves.create(world.host, {
    spaceId: world.hall.whole,
    organisationId: world.libraryId,
    activityTypeId: world.activityTypeId,
    title: "Forfatterkveld",
    expectedAttendees: 40,
    start: at(20, "18:00"),
    end: at(20, "21:00"),
    bump: { reason: "Bibliotekets forfatterkveld" },
  });
  expect(reply.status).toBe(201);
  expect(DeskBookingCreated.parse(reply.body).bumped[0]?.offers.length).toBeGreaterThanOrEqual(2);
  links = await acceptLinks(suite.db, world.group.userId);
});

const link = (index: number) => {
  const found = links[index];
  if (!found) throw new Error(`no link ${index}`);
  return found;
};

describe("GET /api/v1/offers/{id}", () => {
  it("shows the offer to the link's token only: a wrong token is 403, an unknown offer 404", async () => {
    const { offerId, token } = link(0);
    const view = await suite.moves.offer(offerId, token);
    expect(view.status).toBe(200);
    expect(view.headers.get("cache-control")).toContain("no-store");
    expect(OfferView.parse(view.body)).toMatchObject({ id: offerId, status: "open", was: { spaceName: "Hall" } });
    expect((await suite.moves.offer(offerId, `${token.slice(0, -2)}xx`)).status).toBe(403);
    expect((await suite.moves.offer("00000000-0000-4000-8000-000000000000", token)).status).toBe(404);
  });
});

describe("POST /api/v1/offers/{id}/accept", () => {
  it("books the offer once, confirmed with a check-in link, and withdraws the others; twice is 409", async () => {
    const { offerId, token } = link(0);
    const first = await suite.moves.accept(offerId, token);
    expect(first.status).toBe(201);
    const { bookingId } = OfferAccepted.parse(first.body);
    const booking = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { status: true, bookedById: true, checkInTokenHash: true } });
    expect(booking).toMatchObject({ status: "confirmed", bookedById: world.group.userId, checkInTokenHash: expect.any(String) });
    const notice = await suite.db.prisma.notification.findFirstOrThrow({ where: { bookingId }, select: { kind: true, params: true } });
    expect(notice).toMatchObject({ kind: "booking_confirmed", params: { checkInUrl: expect.stringContaining(`/sjekk-inn/${bookingId}?token=`) } });
    expect((await suite.moves.accept(offerId, token)).body).toMatchObject({ status: 409, code: "offer_unavailable" });
    expect((await suite.moves.accept(link(1).offerId, link(1).token)).status).toBe(409);
    const offers = await suite.db.prisma.bookingOffer.findMany({ where: { bookingId: bumpedId }, select: { id: true, acceptedAt: true, withdrawnAt: true } });
    expect(offers.filter((o) => o.acceptedAt).map((o) => o.id)).toEqual([offerId]);
    expect(offers.filter((o) => o.id !== offerId).every((o) => o.withdrawnAt !== null)).toBe(true);
    expect(OfferView.parse((await suite.moves.offer(link(1).offerId, link(1).token)).body).status).toBe("withdrawn");
  });

  it("takes exactly one of two offers accepted at the same time", async () => {
    const replies = await Promise.all([link(0), link(1)].map(({ offerId, token }) => suite.moves.accept(offerId, token)));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await suite.db.prisma.booking.count({ where: { bookedById: world.group.userId, status: "confirmed" } })).toBe(1);
  });

  it("is 409 when the offered time was taken meanwhile", async () => {
    const { offerId, token } = link(0);
    const offer = await suite.db.prisma.bookingOffer.findUniqueOrThrow({ where: { id: offerId }, select: { spaceId: true, startsAt: true, endsAt: true } });
    await insertBooking(suite.db, world, { spaceId: offer.spaceId, start: offer.startsAt, end: offer.endsAt, by: "service" });
    expect((await suite.moves.accept(offerId, token)).body).toMatchObject({ code: "offer_unavailable" });
  });
});
