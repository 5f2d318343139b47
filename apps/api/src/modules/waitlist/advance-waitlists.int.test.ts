import { useApiSuite } from "../../testing/api-suite";
import { advanceWaitlists, KEEP_ENDED_DAYS } from "./advance-waitlists";
import { offerFreedTime } from "./offer-freed-time";
import { bookingBody, offersTo, slot, statusOf, waitlistClient, waitlistWorld, type WaitlistWorld } from "./waitlist-test-world";

const suite = useApiSuite((s) => ({ client: waitlistClient(s.app, s.db) }));
const MINUTE = 60_000;
let world: WaitlistWorld;

beforeEach(async () => {
  world = await waitlistWorld(suite.make);
});

/**
 * The holder's time is freed (cancelled directly, so no offer is made yet), then offered as if `offeredAgo`
 * minutes ago: `first` holds an offer that lapses `offeredAgo - 120` minutes from now, `second` waits.
 */
async function offeredAgo(daysAhead: number, minutesAgo: number) {
  const time = slot(daysAhead);
  const booked = await suite.client.book(world.holder, bookingBody(world, time));
  const bookingId = (booked.body as { id: string }).id;
  const join = async (userId: string) => ((await suite.client.join(userId, bookingBody(world, time))).body as { id: string }).id;
  const ids = { first: await join(world.first), second: await join(world.second) };
  await suite.db.prisma.booking.update({ where: { id: bookingId }, data: { status: "cancelled" } });
  const then = new Date(Date.now() - minutesAgo * MINUTE);
  const freed = { spaceId: world.roomId, start: new Date(time.start), end: new Date(time.end) };
  await suite.db.prisma.$transaction((tx) => offerFreedTime(tx, freed, then));
  return ids;
}

describe("advanceWaitlists", () => {
  it("expires a lapsed offer and offers the time to the next in line", async () => {
    const { first, second } = await offeredAgo(31, 119);
    expect(await statusOf(suite.db, first)).toBe("offered");
    await advanceWaitlists(suite.db, new Date()); // other suites share the database: judge by this test's own entries
    expect(await statusOf(suite.db, first)).toBe("offered");

    const later = new Date(Date.now() + 2 * MINUTE);
    await advanceWaitlists(suite.db, later);
    expect(await statusOf(suite.db, first)).toBe("expired");
    const next = await suite.db.prisma.waitlistEntry.findUniqueOrThrow({ where: { id: second }, select: { status: true, offeredAt: true, offerExpiresAt: true } });
    expect(next).toEqual({ status: "offered", offeredAt: later, offerExpiresAt: new Date(later.getTime() + 120 * MINUTE) });
    expect(await offersTo(suite.db, world.second)).toBe(1);
  });

  it("makes exactly one offer when two servers run it at the same moment", async () => {
    const { first, second } = await offeredAgo(32, 119);
    const later = new Date(Date.now() + 2 * MINUTE);
    const rounds = await Promise.all([advanceWaitlists(suite.db, later), advanceWaitlists(suite.db, later)]);
    expect(await statusOf(suite.db, first)).toBe("expired");
    expect(await statusOf(suite.db, second)).toBe("offered");
    expect(await offersTo(suite.db, world.second)).toBe(1);
    expect(rounds.filter((round) => round.expired > 0 && round.offered > 0).length).toBeLessThanOrEqual(1);
  });

  it("never offers competing entries at once, when two transactions free parts of their time together", async () => {
    // first waits for 10-12, second for 11-13; 10-11 and 12-13 are freed at the same moment.
    const day = 33;
    await suite.client.book(world.holder, bookingBody(world, slot(day, "10:00", "13:00")));
    const join = async (userId: string, from: string, to: string) => ((await suite.client.join(userId, bookingBody(world, slot(day, from, to)))).body as { id: string }).id;
    const first = await join(world.first, "10:00", "12:00");
    const second = await join(world.second, "11:00", "13:00");
    await suite.db.prisma.booking.updateMany({ where: { bookedById: world.holder }, data: { status: "cancelled" } });
    const freed = (from: string, to: string) => ({ spaceId: world.roomId, start: new Date(slot(day, from, to).start), end: new Date(slot(day, from, to).end) });
    const now = new Date();
    const made = await Promise.all([freed("10:00", "11:00"), freed("12:00", "13:00")].map((time) => suite.db.prisma.$transaction((tx) => offerFreedTime(tx, time, now))));
    expect(made.flat().length).toBe(1);
    expect([await statusOf(suite.db, first), await statusOf(suite.db, second)].sort()).toEqual(["offered", "waiting"]);
  });

  it(`deletes entries whose time ended more than ${KEEP_ENDED_DAYS} days ago`, async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
    const entry = (days: number) =>
      suite.db.prisma.waitlistEntry.create({
        data: { userId: world.first, organisationId: world.organisationId, spaceId: world.roomId, activityTypeId: world.activityTypeId, title: "Gammel", expectedAttendees: 2, startsAt: daysAgo(days + 0.1), endsAt: daysAgo(days), status: "expired" },
        select: { id: true },
      });
    const [old, recent] = await Promise.all([entry(KEEP_ENDED_DAYS + 1), entry(KEEP_ENDED_DAYS - 1)]);
    await advanceWaitlists(suite.db, new Date());
    expect(await suite.db.prisma.waitlistEntry.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await suite.db.prisma.waitlistEntry.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
