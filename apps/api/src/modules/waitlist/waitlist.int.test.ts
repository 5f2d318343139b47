import { Problem, WaitlistAccepted, WaitlistEntry, WaitlistEntryList } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { bookingBody, offersTo, slot, statusOf, waitlistClient, waitlistWorld, type WaitlistWorld } from "./waitlist-test-world";

const suite = useApiSuite((s) => ({ client: waitlistClient(s.app, s.db) }));
let world: WaitlistWorld;

beforeEach(async () => {
  world = await waitlistWorld(suite.make);
});

/** The holder books the time (confirmed); `first` and then `second` queue for it. */
async function takenAndQueued(time = slot(21)) {
  const booked = await suite.client.book(world.holder, bookingBody(world, time));
  expect(booked.status).toBe(201);
  const first = WaitlistEntry.parse((await suite.client.join(world.first, bookingBody(world, time))).body);
  const second = WaitlistEntry.parse((await suite.client.join(world.second, bookingBody(world, time))).body);
  return { bookingId: (booked.body as { id: string }).id, first, second };
}

describe("POST /api/v1/waitlist", () => {
  it("queues for a taken time, first come first served, and lists the caller's entries with their place", async () => {
    const { first, second } = await takenAndQueued();
    expect(first).toMatchObject({ status: "waiting", position: 1, offerExpiresAt: null, bookingId: null, spaceId: world.roomId });
    expect(second).toMatchObject({ status: "waiting", position: 2 });
    const list = WaitlistEntryList.parse((await suite.client.list(world.second)).body);
    expect(list.map((e) => [e.id, e.position])).toEqual([[second.id, 2]]);
    expect(await offersTo(suite.db, world.first)).toBe(0);
  });

  it("answers 409 waitlist_duplicate when the caller already waits for the time", async () => {
    const time = slot(22);
    const { first } = await takenAndQueued(time);
    const again = await suite.client.join(world.first, bookingBody(world, time));
    expect(again.status).toBe(409);
    expect(Problem.parse(again.body).code).toBe("waitlist_duplicate");
    expect(await statusOf(suite.db, first.id)).toBe("waiting");
  });

  it("offers the time at once when it is in fact free", async () => {
    const reply = await suite.client.join(world.first, bookingBody(world, slot(23)));
    expect(reply.status).toBe(201);
    const entry = WaitlistEntry.parse(reply.body);
    expect(entry).toMatchObject({ status: "offered", position: null });
    const window = Date.parse(entry.offerExpiresAt ?? "") - Date.now();
    expect(window).toBeGreaterThan(119 * 60_000);
    expect(window).toBeLessThanOrEqual(120 * 60_000);
    expect(await offersTo(suite.db, world.first)).toBe(1);
  });

  it("refuses what POST /bookings would refuse (422), and is only for those who book for the organisation (403)", async () => {
    const refused = await suite.client.join(world.first, { ...bookingBody(world, slot(21)), expectedAttendees: 5000 });
    expect(refused.status).toBe(422);
    expect(Problem.parse(refused.body).code).toBe("booking_refused");
    const outsider = await suite.client.join(world.outsider, bookingBody(world, slot(21)));
    expect(outsider.status).toBe(403);
    expect((await suite.client.join(null, bookingBody(world, slot(21)))).status).toBe(401);
  });
});

describe("the offer of freed time", () => {
  it("a cancellation offers the time to the first in line in its own transaction", async () => {
    const { bookingId, first, second } = await takenAndQueued(slot(24));
    expect((await suite.client.cancel(world.holder, bookingId)).status).toBe(200);
    expect(await statusOf(suite.db, first.id)).toBe("offered");
    expect(await statusOf(suite.db, second.id)).toBe("waiting");
    expect(await offersTo(suite.db, world.first)).toBe(1);
    const [mine] = WaitlistEntryList.parse((await suite.client.list(world.second)).body);
    expect(mine?.position).toBe(1);
  });

  it("accept books the time as the user and marks the entry accepted, in one step", async () => {
    const { bookingId, first } = await takenAndQueued(slot(25));
    await suite.client.cancel(world.holder, bookingId);
    const reply = await suite.client.accept(world.first, first.id);
    expect(reply.status).toBe(201);
    const { entry, booking } = WaitlistAccepted.parse(reply.body);
    expect(booking).toMatchObject({ status: "confirmed", spaceId: world.roomId, title: "Venteprøve" });
    expect(entry).toMatchObject({ status: "accepted", bookingId: booking.id });
    const stored = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { bookedById: true } });
    expect(stored.bookedById).toBe(world.first);
    // Accepting twice books nothing more.
    const again = await suite.client.accept(world.first, first.id);
    expect(Problem.parse(again.body).code).toBe("offer_unavailable");
  });

  it("accept after the deadline, or before any offer, is 409 offer_unavailable and books nothing", async () => {
    const { bookingId, first, second } = await takenAndQueued(slot(26));
    const early = await suite.client.accept(world.first, first.id);
    expect(early.status).toBe(409);
    expect(Problem.parse(early.body).code).toBe("offer_unavailable");
    await suite.client.cancel(world.holder, bookingId);
    const past = new Date(Date.now() - 60_000);
    await suite.db.prisma.waitlistEntry.update({ where: { id: first.id }, data: { offeredAt: new Date(past.getTime() - 120 * 60_000), offerExpiresAt: past } });
    const late = await suite.client.accept(world.first, first.id);
    expect(late.status).toBe(409);
    expect(Problem.parse(late.body).code).toBe("offer_unavailable");
    expect(await suite.db.prisma.booking.count({ where: { bookedById: world.first } })).toBe(0);
    expect(await statusOf(suite.db, second.id)).toBe("waiting");
  });

  it("accept when the time was taken meanwhile is 409 booking_conflict, and the offer stays open", async () => {
    const time = slot(27);
    const { bookingId, first } = await takenAndQueued(time);
    await suite.client.cancel(world.holder, bookingId);
    expect((await suite.client.book(world.holder, bookingBody(world, time))).status).toBe(201);
    const reply = await suite.client.accept(world.first, first.id);
    expect(reply.status).toBe(409);
    expect(Problem.parse(reply.body).code).toBe("booking_conflict");
    expect(await statusOf(suite.db, first.id)).toBe("offered");
  });

  it("leaving while offered, or declining, hands the offer to the next in line", async () => {
    const { bookingId, first, second } = await takenAndQueued(slot(28));
    const third = await suite.make.user(world.organisationId);
    const thirdEntry = WaitlistEntry.parse((await suite.client.join(third, bookingBody(world, slot(28)))).body);
    await suite.client.cancel(world.holder, bookingId);

    const left = await suite.client.leave(world.first, first.id);
    expect(left.status).toBe(200);
    expect(WaitlistEntry.parse(left.body).status).toBe("left");
    expect(await statusOf(suite.db, second.id)).toBe("offered");

    const declined = await suite.client.decline(world.second, second.id);
    expect(WaitlistEntry.parse(declined.body).status).toBe("declined");
    expect(await statusOf(suite.db, thirdEntry.id)).toBe("offered");
    const twice = await suite.client.decline(world.second, second.id);
    expect(twice.status).toBe(409);
    expect(Problem.parse(twice.body).code).toBe("offer_unavailable");
  });

  it("an entry is its owner's alone: 404 for anyone else", async () => {
    const { first } = await takenAndQueued(slot(29));
    expect((await suite.client.leave(world.second, first.id)).status).toBe(404);
    expect((await suite.client.accept(world.outsider, first.id)).status).toBe(404);
    expect(await statusOf(suite.db, first.id)).toBe("waiting");
  });

  it("counts the divisible hall: freeing a part offers it to those waiting for the part", async () => {
    const time = slot(30);
    const whole = await suite.client.book(world.holder, bookingBody(world, time, world.hall.whole));
    expect(whole.status).toBe(201);
    const forPart = WaitlistEntry.parse((await suite.client.join(world.first, bookingBody(world, time, world.hall.partA))).body);
    expect(forPart.status).toBe("waiting");
    await suite.client.cancel(world.holder, (whole.body as { id: string }).id);
    expect(await statusOf(suite.db, forPart.id)).toBe("offered");
  });
});
