import { conflictSets } from "./conflict-sets";
import { desk, ids, spaces } from "./desk-fixtures";

const shape = (bookings: Parameters<typeof conflictSets>[0]) =>
  conflictSets(bookings, spaces).map((s) => ({ requests: ids(s.requests), holders: ids(s.holders) }));

describe("conflictSets", () => {
  it("groups a whole with its overlapping part and leaves the rest as sets of one", () => {
    const bookings = [
      desk("cafe", "hall", "10:00", "12:00", { tier: 3, createdAt: "2026-10-01T10:00:00Z" }),
      desk("library", "hall-a", "11:00", "13:00", { tier: 1, createdAt: "2026-11-10T10:00:00Z" }),
      desk("partB-later", "hall-b", "14:00", "15:00"),
      desk("room", "room", "10:00", "12:00"),
    ];
    expect(shape(bookings)).toEqual([
      { requests: ["library", "cafe"], holders: [] },
      { requests: ["room"], holders: [] },
      { requests: ["partB-later"], holders: [] },
    ]);
  });

  it("joins requests transitively: A meets B, B meets C, A and C do not meet", () => {
    const bookings = [desk("a", "hall-a", "10:00", "11:00"), desk("b", "hall", "10:30", "12:00"), desk("c", "hall-b", "11:30", "12:30")];
    const [set, ...rest] = conflictSets(bookings, spaces);
    expect(rest).toEqual([]);
    expect(set?.collisions).toEqual({ a: ["b"], b: ["a", "c"], c: ["b"] });
  });

  it("keeps the two parts apart: requests on part A and part B at the same time do not compete", () => {
    expect(shape([desk("a", "hall-a", "10:00", "11:00"), desk("b", "hall-b", "10:00", "11:00")])).toHaveLength(2);
  });

  it("lists the time-holding bookings a set collides with, and ignores final statuses", () => {
    const bookings = [
      desk("ask", "hall-a", "10:00", "11:00"),
      desk("held", "hall", "10:30", "11:30", { status: "confirmed" }),
      desk("in-use", "hall-a", "09:00", "10:15", { status: "checked_in" }),
      desk("gone", "hall-a", "10:00", "11:00", { status: "cancelled" }),
      desk("rejected", "hall-a", "10:00", "11:00", { status: "rejected" }),
    ];
    const [set] = conflictSets(bookings, spaces);
    expect(ids(set?.requests ?? [])).toEqual(["ask"]);
    expect(ids(set?.holders ?? [])).toEqual(["in-use", "held"]);
    expect(set?.collisions).toEqual({ ask: ["held", "in-use"] });
  });

  it("does not join two requests through a holder they both collide with", () => {
    const bookings = [
      desk("held", "hall", "10:00", "14:00", { status: "confirmed" }),
      desk("on-a", "hall-a", "10:00", "11:00"),
      desk("on-b", "hall-b", "12:00", "13:00"),
    ];
    expect(shape(bookings)).toEqual([
      { requests: ["on-a"], holders: ["held"] },
      { requests: ["on-b"], holders: ["held"] },
    ]);
  });

  it("counts the space's buffers: a request starting when the other's cleanup runs competes with it", () => {
    expect(shape([desk("first", "room", "10:00", "11:00"), desk("next", "room", "11:00", "12:00")])).toEqual([
      { requests: ["first", "next"], holders: [] },
    ]);
    expect(shape([desk("first", "room", "10:00", "11:00"), desk("next", "room", "11:15", "12:00")])).toHaveLength(2);
  });

  it("orders a set by tier, then request time, then id", () => {
    const bookings = [
      desk("resident", "room", "10:00", "11:00", { tier: 4, createdAt: "2026-10-01T00:00:00Z" }),
      desk("group-late", "room", "10:00", "11:00", { tier: 3, createdAt: "2026-11-02T00:00:00Z" }),
      desk("group-z", "room", "10:00", "11:00", { tier: 3, createdAt: "2026-11-01T00:00:00Z" }),
      desk("group-y", "room", "10:00", "11:00", { tier: 3, createdAt: "2026-11-01T00:00:00Z" }),
      desk("nav", "room", "10:00", "11:00", { tier: 2, createdAt: "2026-11-20T00:00:00Z" }),
    ];
    expect(shape(bookings)[0]?.requests).toEqual(["nav", "group-y", "group-z", "group-late", "resident"]);
  });

  it("sorts sets by their earliest request start, then id", () => {
    const bookings = [desk("late", "room", "15:00", "16:00"), desk("z", "hall-b", "09:00", "10:00"), desk("y", "hall-a", "09:00", "10:00")];
    expect(shape(bookings).map((s) => s.requests)).toEqual([["y"], ["z"], ["late"]]);
  });

  it("does not lose a request whose space is unknown (bad data): it cannot be compared and stands alone", () => {
    const orphan = desk("orphan", "gone-room", "10:00", "11:00");
    expect(shape([orphan, desk("room", "room", "10:00", "11:00")])).toEqual([
      { requests: ["orphan"], holders: [] },
      { requests: ["room"], holders: [] },
    ]);
  });

  it("is empty without requests", () => {
    expect(conflictSets([desk("held", "room", "10:00", "11:00", { status: "confirmed" })], spaces)).toEqual([]);
  });
});
