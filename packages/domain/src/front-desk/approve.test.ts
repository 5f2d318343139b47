import { approvalPlan } from "./approve";
import { conflictSets } from "./conflict-sets";
import { desk, spaces } from "./desk-fixtures";

// A chain on the hall: a (part A) meets b (whole), b meets c (part B); a and c do not meet. d meets b only, like a.
const chain = [
  desk("a", "hall-a", "10:00", "11:00", { tier: 1 }),
  desk("b", "hall", "10:30", "12:00", { tier: 3 }),
  desk("c", "hall-b", "11:30", "12:30", { tier: 3, createdAt: "2026-11-02T12:00:00Z" }),
  desk("d", "hall-a", "11:30", "12:30", { tier: 4 }),
];
const [chainSet] = conflictSets(chain, spaces);
if (!chainSet) throw new Error("no set");

describe("approvalPlan", () => {
  it.each<[string, string, string[], string[]]>([
    ["the whole rejects every part request it meets", "b", ["a", "c", "d"], []],
    ["a part rejects the whole, and the other part stays requested", "a", ["b"], ["c", "d"]],
    ["part B rejects the whole and its own overlap, part A's earlier request stays", "c", ["b"], ["a", "d"]],
  ])("%s", (_label, chosen, reject, keep) => {
    expect(approvalPlan(chainSet, chosen)).toEqual({ allowed: true, approve: chosen, reject, keep });
  });

  it("approves a set of one with nothing to reject", () => {
    const [alone] = conflictSets([desk("solo", "room", "10:00", "11:00")], spaces);
    expect(alone && approvalPlan(alone, "solo")).toEqual({ allowed: true, approve: "solo", reject: [], keep: [] });
  });

  it("refuses when a confirmed booking holds the chosen request's time, naming the holders", () => {
    const bookings = [
      desk("held", "hall", "09:00", "10:30", { status: "confirmed" }),
      desk("early", "hall-a", "10:00", "11:00"),
      desk("later", "hall-a", "10:30", "11:30"),
    ];
    const [set] = conflictSets(bookings, spaces);
    if (!set) throw new Error("no set");
    expect(approvalPlan(set, "early")).toEqual({
      allowed: false,
      code: "approval_blocked_by_holder",
      params: { holders: 1 },
      holderIds: ["held"],
    });
    expect(approvalPlan(set, "later")).toEqual({ allowed: true, approve: "later", reject: ["early"], keep: [] });
  });

  it("refuses an id that is not a request of the set (a holder, or one decided meanwhile)", () => {
    const refused = { allowed: false, code: "request_not_pending", params: {} };
    expect(approvalPlan(chainSet, "elsewhere")).toEqual(refused);
    const [set] = conflictSets([desk("held", "room", "10:00", "11:00", { status: "confirmed" }), desk("ask", "room", "10:00", "11:00")], spaces);
    expect(set && approvalPlan(set, "held")).toEqual(refused);
  });
});
