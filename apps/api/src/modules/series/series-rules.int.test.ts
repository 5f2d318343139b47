// The shared-use rules count the whole series: its own earlier occurrences count toward the weekly hours, and
// the series counts as one active booking.
import { Series, SeriesPreview } from "@sambruk/contracts";
import { osloIso } from "../../testing/oslo-time";
import { parametersWith } from "../../testing/policy-fixtures";
import { cafeSeries, cafeWorld, useSeriesSuite, type CafeWorld } from "./series-testing";

const suite = useSeriesSuite({ parameters: parametersWith({ quotas: { organisation: { hoursPerWeek: 4, activeBookings: 3 }, resident: { hoursPerWeek: 4, activeBookings: 3 } } }) });
let world: CafeWorld;

beforeEach(async () => {
  world = await cafeWorld(suite.make);
});

async function groupBooking(date: { year: number; month: number; day: number }, from: string, to: string): Promise<void> {
  await suite.db.prisma.booking.create({
    data: {
      spaceId: world.spaceId,
      organisationId: world.groupId,
      bookedById: world.coordinatorId,
      activityTypeId: world.activityTypeId,
      title: "Styremøte",
      expectedAttendees: 5,
      startsAt: new Date(osloIso(date, from)),
      endsAt: new Date(osloIso(date, to)),
      status: "confirmed",
      visibility: "public",
      source: "api",
      bookerKind: "volunteer_group",
    },
  });
}

describe("quotas over a series", () => {
  it("skips (rule, quota_hours_exceeded) the occurrence of a week where the group's other bookings leave too few hours", async () => {
    await groupBooking({ year: 2027, month: 9, day: 16 }, "10:00", "13:00");
    const reply = await suite.series.preview(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3" }));
    const preview = SeriesPreview.parse(reply.body);
    expect(preview.occurrences.map((o) => [o.date, o.status, o.reason])).toEqual([
      ["2027-09-07", "ok", null],
      ["2027-09-14", "skipped", "rule"],
      ["2027-09-21", "ok", null],
    ]);
    expect(preview.occurrences[1]?.findings.map((f) => f.code)).toEqual(["quota_hours_exceeded"]);
  });

  it("counts the series' own earlier occurrences: the second of a week's two is skipped", async () => {
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", startTime: "17:00", endTime: "20:00" }));
    expect(reply.status).toBe(201);
    const series = Series.parse(reply.body);
    expect(series.occurrences.map((o) => [o.date, o.state, o.reason])).toEqual([
      ["2027-09-07", "booked", null],
      ["2027-09-09", "skipped", "rule"],
      ["2027-09-14", "booked", null],
      ["2027-09-16", "skipped", "rule"],
    ]);
    expect(series.occurrences[1]?.findings.map((f) => f.code)).toEqual(["quota_hours_exceeded"]);
  });

  it("counts the series as one active booking, whatever its number of occurrences", async () => {
    await groupBooking({ year: 2027, month: 9, day: 1 }, "10:00", "11:00");
    const reply = await suite.series.create(world.coordinatorId, cafeSeries(world, { rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=8" }));
    expect(reply.status).toBe(201);
    expect(Series.parse(reply.body).occurrences.filter((o) => o.state === "booked")).toHaveLength(8);
  });
});
