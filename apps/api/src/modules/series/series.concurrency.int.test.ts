// A series racing a single booking for one of its dates, through HTTP and the whole stack: either the series is
// booked whole and the single booking gets 409, or the series gets 409 series_changed and nothing of it is
// written. Never a half-created series. Needs a real server (PGlite has one connection).
import { Series, SeriesPreview } from "@sambruk/contracts";
import { osloIso } from "../../testing/oslo-time";
import { describeWithServer } from "../../testing/test-database";
import { cafeSeries, cafeWorld, useSeriesSuite } from "./series-testing";

/** The single booking starts this much later each round, so that it meets the series at every stage of its write. */
const DELAYS_MS = [0, 15, 30, 45, 60, 80, 150];
const ROUNDS = DELAYS_MS.length;
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const RACE_TIMEOUT_MS = 120_000;

describeWithServer("a series racing a single booking", () => {
  const suite = useSeriesSuite();

  it(`is booked whole or not at all (${ROUNDS} rounds)`, async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const world = await cafeWorld(suite.make);
      const body = cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=6" });
      const preview = SeriesPreview.parse((await suite.series.preview(world.coordinatorId, body)).body);
      const dates = preview.occurrences.filter((o) => o.status === "ok").map((o) => o.date);
      expect(dates).toHaveLength(6);

      const unit = await suite.make.organisation("service_unit");
      const staff = await suite.make.user(unit);
      const race = { year: 2027, month: 9, day: 21 };
      const single = { spaceId: world.spaceId, organisationId: unit, activityTypeId: world.activityTypeId, title: "Foreldremøte", expectedAttendees: 8, start: osloIso(race, "18:30"), end: osloIso(race, "19:30") };
      const [seriesReply, singleReply] = await Promise.all([
        suite.series.create(world.coordinatorId, { ...body, dates }),
        later(DELAYS_MS[round] ?? 0).then(() => suite.api.create(staff, single)),
      ]);

      const seriesBookings = await suite.db.prisma.booking.count({ where: { organisationId: world.groupId } });
      const seriesRows = await suite.db.prisma.bookingSeries.count({ where: { organisationId: world.groupId } });
      if (seriesReply.status === 201) {
        expect(singleReply.status).toBe(409);
        expect(Series.parse(seriesReply.body).occurrences.filter((o) => o.state === "booked")).toHaveLength(6);
        expect([seriesBookings, seriesRows]).toEqual([6, 1]);
        outcomes.push("series");
      } else {
        expect(seriesReply.status).toBe(409);
        expect((seriesReply.body as { code: string }).code).toBe("series_changed");
        expect(singleReply.status).toBe(201);
        expect([seriesBookings, seriesRows]).toEqual([0, 0]);
        outcomes.push("single");
      }
    }
    expect(outcomes).toHaveLength(ROUNDS);
  }, RACE_TIMEOUT_MS);
});
