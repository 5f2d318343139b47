import { skipReasonOf, type OccurrenceVerdict } from "./skip-reason";

const verdict = (codes: string[], overlaps = 0, higherPriorityRequests = 0): OccurrenceVerdict => ({
  refusing: codes.map((code) => ({ code })),
  overlaps,
  higherPriorityRequests,
});

describe("skipReasonOf", () => {
  it.each<[string, OccurrenceVerdict, string | null]>([
    ["nothing in the way", verdict([]), null],
    ["a public holiday", verdict(["closed_holiday"]), "holiday"],
    ["a holiday before a closure and an overlap", verdict(["closed", "closed_holiday"], 2, 1), "holiday"],
    ["a closure", verdict(["closed"]), "closed"],
    ["outside opening hours", verdict(["outside_opening_hours"]), "closed"],
    ["closed before an overlap", verdict(["quota_hours_exceeded", "outside_opening_hours"], 1), "closed"],
    ["a booking in the way", verdict([], 1), "overlap"],
    ["an overlap before a higher-priority request and other rules", verdict(["quota_hours_exceeded"], 1, 1), "overlap"],
    ["a higher-priority request", verdict([], 0, 2), "priority"],
    ["priority before other rules", verdict(["zone_conflict"], 0, 1), "priority"],
    ["any other refusing finding", verdict(["quota_active_exceeded"]), "rule"],
    ["a sensitivity refusal", verdict(["sensitivity_shielded"]), "rule"],
  ])("%s", (_label, input, expected) => {
    expect(skipReasonOf(input)).toBe(expected);
  });
});
