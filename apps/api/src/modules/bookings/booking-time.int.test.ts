import { Booking, RefusedProblem } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld } from "../../testing/factories";
import { nextSpringForward } from "../../testing/oslo-time";

const suite = useBookingSuite();

describe("bookings on the day the clocks go forward (Europe/Oslo)", () => {
  const sunday = nextSpringForward(2);
  // That Sunday can be Easter Sunday (2027), a public holiday: these centres stay open on holidays.
  const allDay = { opens: 0, closes: 1440, openOnHolidays: true };
  const iso = (time: string, offset: "+01:00" | "+02:00") =>
    `${sunday.year}-${String(sunday.month).padStart(2, "0")}-${String(sunday.day).padStart(2, "0")}T${time}:00${offset}`;

  it("books 01:00–04:00 wall clock (two hours elapsed) and keeps the hour after it apart", async () => {
    const world = await bookingWorld(suite.make, { centre: allDay });
    const desk = await suite.make.user(null, "front_desk", [world.centreId]);
    const first = await suite.api.create(desk, bookingRequest(world, sunday, "01:00", "04:00", { start: iso("01:00", "+01:00"), end: iso("04:00", "+02:00") }));
    expect(first.status).toBe(201);
    const booking = Booking.parse(first.body);
    expect(new Date(booking.end).getTime() - new Date(booking.start).getTime()).toBe(2 * 3600_000);
    const overlap = await suite.api.create(desk, bookingRequest(world, sunday, "03:00", "03:30", { start: iso("03:00", "+02:00"), end: iso("03:30", "+02:00") }));
    expect(overlap.status).toBe(409);
    const after = await suite.api.create(desk, bookingRequest(world, sunday, "04:00", "05:00"));
    expect(after.status).toBe(201);
  });

  it("refuses 02:30, a time Oslo skips, with offset_mismatch", async () => {
    const world = await bookingWorld(suite.make, { centre: allDay });
    const reply = await suite.api.create(world.userId, bookingRequest(world, sunday, "01:00", "04:00", { start: iso("02:30", "+01:00") }));
    expect(reply.status).toBe(422);
    expect(RefusedProblem.parse(reply.body).findings).toEqual([
      { code: "offset_mismatch", pointer: "/start", params: { given: "+01:00", expected: "+02:00", timeZone: "Europe/Oslo" } },
    ]);
  });
});
