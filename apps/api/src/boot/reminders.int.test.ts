import { sendReminders } from "../modules/reminders/send-reminders";
import { useApiSuite } from "../testing/api-suite";
import { bookingWorld, type BookingWorld } from "../testing/factories";
import { futureDay, osloIso } from "../testing/oslo-time";

const suite = useApiSuite();
const HOUR = 3600_000;
let world: BookingWorld;

// A clock far ahead, on a day no other suite books, so the sweep sees this file's bookings only.
const base = new Date(osloIso(futureDay(97), "08:00"));

beforeEach(async () => {
  world = await bookingWorld(suite.make);
});

async function booking(startsIn: number, status: "confirmed" | "requested" = "confirmed") {
  const start = new Date(base.getTime() + startsIn * HOUR);
  const { id } = await suite.db.prisma.booking.create({
    data: {
      spaceId: world.roomId, organisationId: world.organisationId, bookedById: world.userId, activityTypeId: world.activityTypeId,
      title: "Påminnelsesprøve", expectedAttendees: 4, startsAt: start, endsAt: new Date(start.getTime() + HOUR),
      status, visibility: "public", source: "api", bookerKind: "service_unit",
    },
    select: { id: true },
  });
  return id;
}

const reminders = (bookingId: string) => suite.db.prisma.notification.count({ where: { bookingId, kind: "booking_reminder" } });

describe("sendReminders", () => {
  it("reminds confirmed bookings starting between 1 and 24 hours from now, once", async () => {
    const [due, tooSoon, tooLate, requested] = [await booking(20), await booking(0.5), await booking(30), await booking(5, "requested")];
    await sendReminders(suite.db, base);
    await sendReminders(suite.db, new Date(base.getTime() + HOUR / 2));
    expect(await reminders(due)).toBe(1);
    expect([await reminders(tooSoon), await reminders(tooLate), await reminders(requested)]).toEqual([0, 0, 0]);
    const stored = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: due }, select: { remindedAt: true, version: true } });
    expect(stored).toEqual({ remindedAt: base, version: 1 });
  });

  it("reminds each booking once when two servers sweep at the same moment", async () => {
    const ids = [await booking(10), await booking(11), await booking(12)];
    const at = new Date(base.getTime() + 2 * HOUR);
    await Promise.all([sendReminders(suite.db, at), sendReminders(suite.db, at)]);
    expect(await Promise.all(ids.map(reminders))).toEqual([1, 1, 1]);
  });
});
