import { Problem, RefusedProblem, Series, SeriesPreview } from "@sambruk/contracts";
import { osloIso } from "../../testing/oslo-time";
import { cafeSeries, cafeWorld, useSeriesSuite, type CafeWorld } from "./series-testing";

const suite = useSeriesSuite();
const CLOSED_TUESDAYS = ["2027-10-12", "2027-12-28", "2028-04-11"];
const TALK_TUESDAY = "2028-02-15";
const TALK_TITLE = "Forfattermøte: ny roman fra Røyken";
const day = (text: string) => {
  const [year, month, date] = text.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 0, day: date ?? 0 };
};

let world: CafeWorld;
let library: { organisationId: string; name: string };

beforeEach(async () => {
  world = await cafeWorld(suite.make);
  for (const date of CLOSED_TUESDAYS) {
    await suite.make.closure({ centreId: world.centreId, start: osloIso(day(date), "00:00"), end: osloIso(day(date), "23:59") });
  }
  // The library's author talk, confirmed, on one of the café's Tuesdays.
  const organisationId = await suite.make.organisation("service_unit");
  const librarian = await suite.make.user(organisationId);
  const name = (await suite.db.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).name;
  library = { organisationId, name };
  await suite.db.prisma.booking.create({
    data: {
      spaceId: world.spaceId,
      organisationId,
      bookedById: librarian,
      activityTypeId: world.activityTypeId,
      title: TALK_TITLE,
      expectedAttendees: 30,
      startsAt: new Date(osloIso(day(TALK_TUESDAY), "17:30")),
      endsAt: new Date(osloIso(day(TALK_TUESDAY), "19:30")),
      status: "confirmed",
      visibility: "public",
      source: "api",
      bookerKind: "service_unit",
    },
  });
});

describe("the weekly language café, September to June", () => {
  it("previews 43 Tuesdays: 3 closed, 1 overlapping the author talk, 39 ok", async () => {
    const reply = await suite.series.preview(world.coordinatorId, cafeSeries(world));
    expect(reply.status).toBe(200);
    const preview = SeriesPreview.parse(reply.body);
    expect(preview.occurrences).toHaveLength(43);
    expect([preview.ok, preview.skipped]).toEqual([39, 4]);
    const skipped = preview.occurrences.filter((o) => o.status === "skipped");
    expect(skipped.map((o) => [o.date, o.reason])).toEqual([
      ["2027-10-12", "closed"],
      ["2027-12-28", "closed"],
      [TALK_TUESDAY, "overlap"],
      ["2028-04-11", "closed"],
    ]);
    const talk = skipped.find((o) => o.date === TALK_TUESDAY);
    expect(talk?.collidesWith).toEqual([
      { start: new Date(osloIso(day(TALK_TUESDAY), "17:30")).toISOString(), end: new Date(osloIso(day(TALK_TUESDAY), "19:30")).toISOString(), title: TALK_TITLE, organisation: library.name, status: "confirmed" },
    ]);
    expect(preview.occurrences.filter((o) => o.status === "ok").every((o) => o.bookingStatus === "confirmed")).toBe(true);
    expect(preview.description.en).toMatch(/Tuesday/);
    expect(await suite.db.prisma.booking.count({ where: { organisationId: world.groupId } })).toBe(0);
  });

  it("commits 39 bookings and 4 skipped occurrences in one go, and GET shows them", async () => {
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world), "cafe-1");
    expect(reply.status).toBe(201);
    const series = Series.parse(reply.body);
    expect(reply.headers.get("location")).toBe(`/api/v1/series/${series.id}`);
    expect(reply.headers.get("etag")).toBe('"1"');
    expect(series.occurrences.filter((o) => o.state === "booked")).toHaveLength(39);
    const skipped = series.occurrences.filter((o) => o.state === "skipped");
    expect(skipped.map((o) => o.reason)).toEqual(["closed", "closed", "overlap", "closed"]);
    expect(skipped.find((o) => o.reason === "overlap")?.collidesWith[0]?.title).toBe(TALK_TITLE);
    const bookings = await suite.db.prisma.booking.findMany({ where: { seriesId: series.id } });
    expect(bookings).toHaveLength(39);
    expect(bookings.every((b) => b.source === "series" && b.status === "confirmed" && b.idempotencyKey === null)).toBe(true);
    expect(await suite.db.prisma.seriesOccurrence.count({ where: { seriesId: series.id } })).toBe(43);
    const events = await suite.db.prisma.auditEvent.findMany({ where: { OR: [{ entityId: series.id }, { entityId: { in: bookings.map((b) => b.id) } }] } });
    expect(events.filter((e) => e.action === "series.created")).toHaveLength(1);
    expect(events.filter((e) => e.action === "booking.created")).toHaveLength(39);

    const got = await suite.series.get(world.coordinatorId, series.id);
    expect(got.status).toBe(200);
    expect(got.headers.get("etag")).toBe('"1"');
    const shown = Series.parse(got.body);
    expect(shown.occurrences.filter((o) => o.state === "booked" && o.booking?.status === "confirmed")).toHaveLength(39);
    expect(shown.organisation).toEqual({ id: world.groupId, name: expect.any(String) });
  });

  it("keeps 18:00 on the wall clock across the end of daylight saving time (31 October 2027)", async () => {
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world, { firstDate: "2027-10-19", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=4" }));
    expect(reply.status).toBe(201);
    const bookings = await suite.db.prisma.booking.findMany({ where: { seriesId: Series.parse(reply.body).id }, orderBy: { startsAt: "asc" } });
    expect(bookings.map((b) => b.startsAt.toISOString())).toEqual([
      "2027-10-19T16:00:00.000Z",
      "2027-10-26T16:00:00.000Z",
      "2027-11-02T17:00:00.000Z",
      "2027-11-09T17:00:00.000Z",
    ]);
  });

  it("skips (priority) an occurrence a waiting request of a higher tier wants, not one a lower tier wants", async () => {
    const request = async (bookerKind: "service_unit" | "resident", date: string) => {
      const organisationId = await suite.make.organisation(bookerKind === "resident" ? "resident" : "service_unit");
      await suite.db.prisma.booking.create({
        data: {
          spaceId: world.spaceId, organisationId, bookedById: await suite.make.user(organisationId), activityTypeId: world.activityTypeId,
          title: "Venter på svar", expectedAttendees: 4, startsAt: new Date(osloIso(day(date), "18:00")), endsAt: new Date(osloIso(day(date), "19:00")),
          status: "requested", visibility: "public", source: "api", bookerKind,
        },
      });
    };
    await request("service_unit", "2027-09-14");
    await request("resident", "2027-09-21");
    const preview = SeriesPreview.parse((await suite.series.preview(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3" }))).body);
    expect(preview.occurrences.map((o) => [o.date, o.reason])).toEqual([
      ["2027-09-07", null],
      ["2027-09-14", "priority"],
      ["2027-09-21", null],
    ]);
    expect(preview.occurrences[1]?.collidesWith).toMatchObject([{ status: "requested", title: "Venter på svar" }]);
  });

  it("skips occurrences in the past and beyond the booking horizon as rule, the findings saying which", async () => {
    const past = SeriesPreview.parse((await suite.series.preview(world.coordinatorId, cafeSeries(world, { firstDate: "2027-08-17", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=2" }))).body);
    expect(past.occurrences.map((o) => [o.date, o.reason, o.findings.map((f) => f.code)])).toEqual([
      ["2027-08-17", "rule", ["too_short_notice"]],
      ["2027-08-24", null, []],
    ]);
    // 365 days from 20 August 2027 is 19 August 2028.
    const far = SeriesPreview.parse((await suite.series.preview(world.coordinatorId, cafeSeries(world, { firstDate: "2028-08-15", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=2" }))).body);
    expect(far.occurrences.map((o) => [o.date, o.reason, o.findings.map((f) => f.code)])).toEqual([
      ["2028-08-15", null, []],
      ["2028-08-22", "rule", ["beyond_horizon"]],
    ]);
  });

  it("shows the series to its organisation, the front desk of its centre and admins; 404 to others, 401 to the public", async () => {
    const created = Series.parse((await suite.series.create(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3" }))).body);
    const member = await suite.make.user(world.groupId, "staff");
    const desk = await suite.make.user(null, "front_desk", [world.centreId]);
    const deskElsewhere = await suite.make.user(null, "front_desk", [await suite.make.centre()]);
    const admin = await suite.make.user(null, "admin");
    const outsider = await suite.make.user(await suite.make.organisation("volunteer_group"), "coordinator");
    const statuses = await Promise.all([member, desk, admin, deskElsewhere, outsider].map(async (user) => (await suite.series.get(user, created.id)).status));
    expect(statuses).toEqual([200, 200, 200, 404, 404]);
    expect((await suite.series.get(null, created.id)).status).toBe(401);
  });
});

describe("refused series", () => {
  it("400 with the pointer /body/rrule for a rule that cannot be read", async () => {
    const reply = await suite.series.preview(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=XX;UNTIL=20280627" }));
    expect(reply.status).toBe(400);
    const problem = Problem.parse(reply.body);
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors?.[0]?.pointer).toBe("/body/rrule");
  });

  it("400 too_many_occurrences for a daily rule over two years, and nothing written", async () => {
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=DAILY;UNTIL=20290630" }));
    expect(reply.status).toBe(400);
    expect(Problem.parse(reply.body).errors?.[0]).toMatchObject({ pointer: "/body/rrule", code: "too_many_occurrences" });
    expect(await suite.db.prisma.bookingSeries.count({ where: { organisationId: world.groupId } })).toBe(0);
  });

  it("403 for a user who does not book for the organisation", async () => {
    const outsider = await suite.make.user(await suite.make.organisation("volunteer_group"), "coordinator");
    expect((await suite.series.preview(outsider, cafeSeries(world))).status).toBe(403);
    expect((await suite.series.create(outsider, cafeSeries(world))).status).toBe(403);
  });

  it("422 booking_refused when no occurrence can be booked", async () => {
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world, { firstDate: "2027-10-12", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=1" }));
    expect(reply.status).toBe(422);
    expect(RefusedProblem.parse(reply.body).findings.map((f) => f.code)).toContain("closed");
  });

  it("400 for a date sent that is not an occurrence of the rule", async () => {
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world, { dates: ["2027-09-08"] }));
    expect(reply.status).toBe(400);
    expect(Problem.parse(reply.body).errors?.[0]?.pointer).toBe("/body/dates/0");
  });

  it("409 series_changed with the fresh preview when a date sent is no longer bookable", async () => {
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world, { dates: ["2027-09-07", TALK_TUESDAY] }));
    expect(reply.status).toBe(409);
    const body = reply.body as { code: string; preview: unknown };
    expect(body.code).toBe("series_changed");
    expect(SeriesPreview.parse(body.preview).skipped).toBe(4);
    expect(await suite.db.prisma.booking.count({ where: { organisationId: world.groupId } })).toBe(0);
  });

  it("replays the answer to a retry with the same key, and refuses the key with another body", async () => {
    const body = cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3" });
    const first = await suite.series.create(world.coordinatorId, body, "same-key");
    const again = await suite.series.create(world.coordinatorId, body, "same-key");
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(Series.parse(again.body).id).toBe(Series.parse(first.body).id);
    expect(await suite.db.prisma.booking.count({ where: { organisationId: world.groupId } })).toBe(3);
    const other = await suite.series.create(world.coordinatorId, { ...body, title: "Noe annet" }, "same-key");
    expect(other.status).toBe(422);
    expect(Problem.parse(other.body).code).toBe("idempotency_key_reused");
  });
});
