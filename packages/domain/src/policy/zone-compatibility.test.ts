import type { BookingStatus } from "../bookings/booking";
import { booking, context, openActivity, params, request, roomA, roomB, roomC } from "./policy-fixtures";
import { clashingTags, zoneFindings } from "./zone-compatibility";

const pairs: [string, string][] = [["confidential", "loud"]];
const confidential = { ...openActivity, tags: ["confidential"] };
const ctx = (bookings: ReturnType<typeof booking>[]) => context({ bookings, parameters: params({ incompatibleTags: pairs }) });

describe("clashingTags", () => {
  it.each<[string[], string[], [string, string] | null]>([
    [["confidential"], ["loud"], ["confidential", "loud"]],
    [["loud"], ["confidential"], ["loud", "confidential"]],
    [["confidential"], ["confidential"], null],
    [[], ["loud"], null],
  ])("%j beside %j", (mine, theirs, expected) => {
    expect(clashingTags(mine, theirs, pairs)).toEqual(expected);
  });
});

describe("zoneFindings", () => {
  const loud = (start: string, end: string, status: BookingStatus = "confirmed", space = roomB) =>
    booking(space, start, end, { tags: ["loud"], status, id: `${space.id}-${start}-${status}` });

  it.each<[string, ReturnType<typeof loud>, number]>([
    ["overlapping by one minute at the start", loud("2026-03-11T10:59:00Z", "2026-03-11T12:00:00Z"), 1],
    ["ending exactly at the start", loud("2026-03-11T08:00:00Z", "2026-03-11T09:00:00Z"), 0],
    ["ending one minute after the start", loud("2026-03-11T08:00:00Z", "2026-03-11T09:01:00Z"), 1],
    ["starting exactly at the end", loud("2026-03-11T11:00:00Z", "2026-03-11T12:00:00Z"), 0],
    ["requested (live)", loud("2026-03-11T09:30:00Z", "2026-03-11T10:00:00Z", "requested"), 1],
    ["checked in (live)", loud("2026-03-11T09:30:00Z", "2026-03-11T10:00:00Z", "checked_in"), 1],
    ["cancelled", loud("2026-03-11T09:30:00Z", "2026-03-11T10:00:00Z", "cancelled"), 0],
    ["in a space outside the zone", loud("2026-03-11T09:30:00Z", "2026-03-11T10:00:00Z", "confirmed", roomC), 0],
    ["in the same space (a conflict, not a zone clash)", loud("2026-03-11T09:30:00Z", "2026-03-11T10:00:00Z", "confirmed", roomA), 0],
  ])("a loud booking %s", (_label, other, count) => {
    const findings = zoneFindings(request({ activity: confidential }), ctx([other]));
    expect(findings).toHaveLength(count);
    for (const f of findings) {
      expect(f).toMatchObject({ code: "zone_incompatible", severity: "refuse", concerns: { bookingId: other.id } });
    }
  });

  it("lists every clashing booking by start", () => {
    const late = loud("2026-03-11T10:30:00Z", "2026-03-11T11:00:00Z");
    const early = loud("2026-03-11T09:00:00Z", "2026-03-11T09:30:00Z");
    const findings = zoneFindings(request({ activity: confidential }), ctx([late, early]));
    expect(findings.map((f) => f.concerns?.bookingId)).toEqual([early.id, late.id]);
  });

  it("says nothing for a space without a zone", () => {
    const other = booking(roomB, "2026-03-11T09:00:00Z", "2026-03-11T10:00:00Z", { tags: ["loud"] });
    expect(zoneFindings(request({ activity: confidential }), { ...ctx([other]), space: roomC })).toEqual([]);
  });
});
