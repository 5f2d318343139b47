// Closures and holidays that come after a series was booked: the sweep marks the occurrences they hit, and clears
// the marks once they no longer apply.
import { Series } from "@sambruk/contracts";
import { osloIso } from "../../testing/oslo-time";
import { markSeriesNotices } from "./series-notices";
import { cafeSeries, cafeWorld, SERIES_NOW, useSeriesSuite, type CafeWorld } from "./series-testing";

const suite = useSeriesSuite();
let world: CafeWorld;

beforeEach(async () => {
  world = await cafeWorld(suite.make);
});

const whole = (month: number, day: number) => ({ start: osloIso({ year: 2027, month, day }, "00:00"), end: osloIso({ year: 2027, month, day }, "23:59") });
const noticesOf = async (id: string) =>
  Series.parse((await suite.series.get(world.coordinatorId, id)).body).occurrences.map((o) => [o.date, o.notice?.code ?? null]);

describe("markSeriesNotices", () => {
  it("marks occurrences hit by a later closure of the centre or the space, and clears the mark when the closure is lifted", async () => {
    const series = Series.parse((await suite.series.create(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3" }))).body);
    await suite.make.closure({ centreId: world.centreId, ...whole(9, 14) });
    await suite.make.closure({ spaceId: world.spaceId, ...whole(9, 21) });
    expect(await markSeriesNotices(suite.db, SERIES_NOW)).toBeGreaterThanOrEqual(2);
    expect(await noticesOf(series.id)).toEqual([
      ["2027-09-07", null],
      ["2027-09-14", "closed"],
      ["2027-09-21", "closed"],
    ]);
    const shown = Series.parse((await suite.series.get(world.coordinatorId, series.id)).body);
    expect(shown.occurrences[1]?.notice?.params).toMatchObject({ date: "2027-09-14", reason: "Test closure" });
    // The bookings stay: the organiser decides what to do, told in the app (and by e-mail through the outbox).
    expect(shown.occurrences.every((o) => o.state === "booked")).toBe(true);
    const told = await suite.db.prisma.notification.findMany({ where: { userId: world.coordinatorId, kind: "series_notice" } });
    expect(told.map((n) => n.bookingId).sort()).toEqual([shown.occurrences[1]?.booking?.id, shown.occurrences[2]?.booking?.id].sort());

    await suite.db.prisma.closure.deleteMany({ where: { spaceId: world.spaceId } });
    await markSeriesNotices(suite.db, SERIES_NOW);
    expect(await noticesOf(series.id)).toEqual([
      ["2027-09-07", null],
      ["2027-09-14", "closed"],
      ["2027-09-21", null],
    ]);
  });

  it("marks an occurrence on a public holiday once the centre no longer opens on holidays", async () => {
    await suite.db.prisma.centre.update({ where: { id: world.centreId }, data: { openOnHolidays: true } });
    // Ascension Day 2028 is Thursday 25 May.
    const body = cafeSeries(world, { firstDate: "2028-05-18", rrule: "FREQ=WEEKLY;BYDAY=TH;COUNT=2" });
    const series = Series.parse((await suite.series.create(world.coordinatorId, body)).body);
    expect(series.occurrences.map((o) => o.state)).toEqual(["booked", "booked"]);
    await suite.db.prisma.centre.update({ where: { id: world.centreId }, data: { openOnHolidays: false } });
    await markSeriesNotices(suite.db, SERIES_NOW);
    const shown = Series.parse((await suite.series.get(world.coordinatorId, series.id)).body);
    expect(shown.occurrences.map((o) => o.notice?.code ?? null)).toEqual([null, "holiday"]);
    expect(shown.occurrences[1]?.notice?.params["date"]).toBe("2028-05-25");
  });

  it("leaves occurrences that have already started alone", async () => {
    const series = Series.parse((await suite.series.create(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=2" }))).body);
    await suite.make.closure({ centreId: world.centreId, ...whole(9, 7) });
    await markSeriesNotices(suite.db, new Date("2027-09-08T12:00:00+02:00"));
    expect(await noticesOf(series.id)).toEqual([
      ["2027-09-07", null],
      ["2027-09-14", null],
    ]);
  });
});
