// Changing and cancelling a series: scope, If-Match, the report of what fits, and what happens to misfits.
import { Problem, Series, SeriesChangeOutcome, SeriesChangeReport } from "@sambruk/contracts";
import { osloIso } from "../../testing/oslo-time";
import { z } from "zod";
import { cafeSeries, cafeWorld, useSeriesSuite, type CafeWorld } from "./series-testing";

const suite = useSeriesSuite();
const Misfits = z.object({ code: z.literal("series_misfits"), occurrences: z.array(SeriesChangeOutcome) });
const MOVE = { scope: "following", date: "2027-09-14", changes: { startTime: "19:00", endTime: "21:00" } } as const;
let world: CafeWorld;
let series: Series;

beforeEach(async () => {
  world = await cafeWorld(suite.make);
  series = Series.parse((await suite.series.create(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=6" }))).body);
  // Another group's meeting right after the café on 21 September: a café moved to 19:00–21:00 collides with it.
  await suite.make.booking(world.spaceId, { start: osloIso({ year: 2027, month: 9, day: 21 }, "20:00"), end: osloIso({ year: 2027, month: 9, day: 21 }, "21:00"), title: "Korøvelse" });
});

const startsOf = async () =>
  (await suite.db.prisma.booking.findMany({ where: { seriesId: series.id }, orderBy: { startsAt: "asc" }, select: { startsAt: true, status: true } })).map(
    (b) => `${b.startsAt.toISOString()} ${b.status}`,
  );

describe("PATCH /api/v1/series/{id}", () => {
  it("refuses (409 series_misfits) a move of the following occurrences that does not fit one of them, and applies nothing", async () => {
    const before = await startsOf();
    const reply = await suite.series.patch(world.coordinatorId, series.id, 1, MOVE);
    expect(reply.status).toBe(409);
    const problem = Misfits.parse(reply.body);
    expect(problem.occurrences.map((o) => [o.date, o.outcome])).toEqual([
      ["2027-09-14", "fits"],
      ["2027-09-21", "conflict"],
      ["2027-09-28", "fits"],
      ["2027-10-05", "fits"],
      ["2027-10-12", "fits"],
    ]);
    expect(problem.occurrences[1]?.collidesWith[0]).toMatchObject({ title: "Korøvelse", status: "confirmed" });
    expect(await startsOf()).toEqual(before);
    expect(Series.parse((await suite.series.get(world.coordinatorId, series.id)).body).version).toBe(1);
  });

  it("reports without writing on a dry run", async () => {
    const reply = await suite.series.patch(world.coordinatorId, series.id, 1, { ...MOVE, dryRun: true });
    expect(reply.status).toBe(200);
    const report = SeriesChangeReport.parse(reply.body);
    expect(report.applied).toBe(false);
    expect(report.occurrences.filter((o) => o.outcome !== "fits").map((o) => o.date)).toEqual(["2027-09-21"]);
    expect(report.series.version).toBe(1);
    expect(report.series.startTime).toBe("18:00");
  });

  it("moves the ones that fit and keeps the misfit at its time with misfits: keep", async () => {
    const reply = await suite.series.patch(world.coordinatorId, series.id, 1, { ...MOVE, misfits: "keep" });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"2"');
    const report = SeriesChangeReport.parse(reply.body);
    expect(report.applied).toBe(true);
    expect(report.series).toMatchObject({ version: 2, startTime: "19:00", endTime: "21:00" });
    expect(await startsOf()).toEqual([
      "2027-09-07T16:00:00.000Z confirmed",
      "2027-09-14T17:00:00.000Z confirmed",
      "2027-09-21T16:00:00.000Z confirmed",
      "2027-09-28T17:00:00.000Z confirmed",
      "2027-10-05T17:00:00.000Z confirmed",
      "2027-10-12T17:00:00.000Z confirmed",
    ]);
    const occurrence = report.series.occurrences.find((o) => o.date === "2027-09-28");
    expect(occurrence?.start).toBe("2027-09-28T17:00:00.000Z");
    const events = await suite.db.prisma.auditEvent.findMany({ where: { entityId: series.id, action: "series.updated" } });
    expect(events).toHaveLength(1);
  });

  it("cancels the misfit with misfits: cancel", async () => {
    const reply = await suite.series.patch(world.coordinatorId, series.id, 1, { ...MOVE, misfits: "cancel" });
    expect(reply.status).toBe(200);
    const report = SeriesChangeReport.parse(reply.body);
    expect(report.series.occurrences.find((o) => o.date === "2027-09-21")?.state).toBe("cancelled");
    expect((await startsOf()).filter((s) => s.endsWith("cancelled"))).toEqual(["2027-09-21T16:00:00.000Z cancelled"]);
  });

  it("changes one occurrence's title only, with scope occurrence", async () => {
    const reply = await suite.series.patch(world.coordinatorId, series.id, 1, { scope: "occurrence", date: "2027-09-28", changes: { title: "Språkkafé: julebord" } });
    expect(reply.status).toBe(200);
    const titles = await suite.db.prisma.booking.findMany({ where: { seriesId: series.id, title: "Språkkafé: julebord" } });
    expect(titles).toHaveLength(1);
    expect(SeriesChangeReport.parse(reply.body).series.title).toBe("Språkkafé");
  });

  it("412 for a stale version, 428 without If-Match, 400 for a date that is not an occurrence", async () => {
    expect((await suite.series.patch(world.coordinatorId, series.id, 7, MOVE)).status).toBe(412);
    const missing = await suite.series.patch(world.coordinatorId, series.id, null, MOVE);
    expect([missing.status, Problem.parse(missing.body).code]).toEqual([428, "precondition_required"]);
    expect((await suite.series.patch(world.coordinatorId, series.id, 1, { ...MOVE, date: "2027-09-15" })).status).toBe(400);
  });

  it("404 for someone who does not see the series, 403 for a member who may not book", async () => {
    const outsider = await suite.make.user(await suite.make.organisation("volunteer_group"), "coordinator");
    const volunteer = await suite.make.user(world.groupId, "staff");
    expect((await suite.series.patch(outsider, series.id, 1, MOVE)).status).toBe(404);
    expect((await suite.series.patch(volunteer, series.id, 1, MOVE)).status).toBe(403);
  });
});

describe("POST /api/v1/series/{id}/cancel", () => {
  it("cancels this and the following occurrences, and keeps the series active", async () => {
    const reply = await suite.series.cancel(world.coordinatorId, series.id, 1, { scope: "following", date: "2027-10-05" });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("etag")).toBe('"2"');
    const after = Series.parse(reply.body);
    expect(after.status).toBe("active");
    expect(after.occurrences.map((o) => o.state)).toEqual(["booked", "booked", "booked", "booked", "cancelled", "cancelled"]);
    expect((await startsOf()).filter((s) => s.endsWith("cancelled"))).toHaveLength(2);
    expect(await suite.db.prisma.auditEvent.count({ where: { entityId: series.id, action: "series.cancelled" } })).toBe(1);
  });

  it("cancels the whole series with scope all; 412 for the old version afterwards", async () => {
    const reply = await suite.series.cancel(world.coordinatorId, series.id, 1, { scope: "all" });
    expect(Series.parse(reply.body).status).toBe("cancelled");
    expect((await startsOf()).every((s) => s.endsWith("cancelled"))).toBe(true);
    expect((await suite.series.cancel(world.coordinatorId, series.id, 1, { scope: "all" })).status).toBe(412);
  });
});
