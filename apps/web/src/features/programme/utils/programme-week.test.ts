import { buildProgrammeItem } from "../../../testing/programme-factories";
import { groupByDay, programmeWeek } from "./programme-week";

describe("programmeWeek", () => {
  it.each([
    ["a Thursday morning", "2026-03-12T09:30:00Z", "2026-03-11T23:00:00.000Z", "2026-03-15T23:00:00.000Z", "2026-03-12"],
    ["a Monday just after midnight in Oslo", "2026-03-08T23:10:00Z", "2026-03-08T23:00:00.000Z", "2026-03-15T23:00:00.000Z", "2026-03-09"],
    ["a Sunday late evening in Oslo", "2026-03-15T22:30:00Z", "2026-03-14T23:00:00.000Z", "2026-03-15T23:00:00.000Z", "2026-03-15"],
    ["the Saturday before summer time begins", "2026-03-28T12:00:00Z", "2026-03-27T23:00:00.000Z", "2026-03-29T22:00:00.000Z", "2026-03-28"],
    ["the Saturday before summer time ends", "2026-10-24T12:00:00Z", "2026-10-23T22:00:00.000Z", "2026-10-25T23:00:00.000Z", "2026-10-24"],
  ])("runs from the start of today to next Monday in Oslo on %s", (_, now, from, to, today) => {
    expect(programmeWeek(new Date(now))).toEqual({ from, to, today });
  });
});

describe("groupByDay", () => {
  it("groups by the Oslo day an item starts on, in time order, a running item under today", () => {
    const late = buildProgrammeItem({ title: "Late", start: "2026-03-12T23:30:00Z", end: "2026-03-13T00:30:00Z" });
    const morning = buildProgrammeItem({ title: "Morning", start: "2026-03-12T08:00:00Z", end: "2026-03-12T09:00:00Z" });
    const running = buildProgrammeItem({ title: "Running", start: "2026-03-11T22:00:00Z", end: "2026-03-12T10:00:00Z" });
    const evening = buildProgrammeItem({ title: "Evening", start: "2026-03-12T17:00:00Z", end: "2026-03-12T19:00:00Z" });

    const days = groupByDay([late, evening, morning, running], "2026-03-12");
    expect(days.map((day) => [day.date, day.items.map((item) => item.title)])).toEqual([
      ["2026-03-12", ["Running", "Morning", "Evening"]],
      ["2026-03-13", ["Late"]],
    ]);
  });
});
