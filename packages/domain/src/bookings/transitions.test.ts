import type { BookingStatus } from "./booking";
import { cancellationOf, isEditable, statusAfterChange } from "./transitions";

describe("booking transitions", () => {
  it.each<[BookingStatus, boolean, string]>([
    ["requested", true, "cancel"],
    ["confirmed", true, "cancel"],
    ["checked_in", true, "cancel"],
    ["cancelled", false, "already_cancelled"],
    ["rejected", false, "not_allowed"],
    ["released", false, "not_allowed"],
    ["bumped", false, "not_allowed"],
  ])("%s: editable %s, cancel → %s", (status, editable, cancellation) => {
    expect(isEditable(status)).toBe(editable);
    expect(cancellationOf(status)).toBe(cancellation);
  });
});

describe("statusAfterChange", () => {
  it.each<[BookingStatus, boolean, BookingStatus]>([
    ["confirmed", false, "confirmed"],
    ["confirmed", true, "requested"],
    ["requested", false, "requested"],
    ["requested", true, "requested"],
    ["checked_in", true, "checked_in"],
  ])("%s, approval needed %s → %s", (status, approvalNeeded, expected) => {
    expect(statusAfterChange(status, approvalNeeded)).toBe(expected);
  });
});
