import { intervalBetween } from "../time/interval";
import { at } from "../testing/fixtures";
import { bookingsHitByBlock, type TimeBlock } from "./block-impact";
import { desk, ids, spaces } from "./desk-fixtures";

const bookings = [
  desk("whole", "hall", "10:00", "12:00", { status: "confirmed" }),
  desk("part-a", "hall-a", "09:00", "10:30", { status: "checked_in" }),
  desk("part-b", "hall-b", "11:00", "13:00"),
  desk("room", "room", "10:00", "11:00", { status: "confirmed" }),
  desk("room-before", "room", "08:45", "09:45", { status: "confirmed" }), // its 15-minute buffer ends at 10:00
  desk("other-centre", "elsewhere", "10:00", "11:00", { status: "confirmed" }),
  desk("cancelled", "hall-a", "10:00", "11:00", { status: "cancelled" }),
  desk("released", "room", "10:00", "11:00", { status: "released" }),
  desk("unknown-space", "gone-room", "10:00", "11:00", { status: "confirmed" }),
];
const block = (spaceId: string | null, from = "10:00", to = "11:00"): TimeBlock => ({
  centreId: "tofte",
  spaceId,
  interval: intervalBetween(at(`2026-11-23T${from}:00Z`), at(`2026-11-23T${to}:00Z`)),
});

describe("bookingsHitByBlock", () => {
  it.each<[string, TimeBlock, string[]]>([
    ["a centre-wide closure hits every live booking of the centre", block(null), ["part-a", "room", "whole"]],
    ["a block of the whole hits the whole and both parts", block("hall", "10:00", "11:30"), ["part-a", "whole", "part-b"]],
    ["a block of part A hits the part and the whole, not part B", block("hall-a", "10:00", "13:00"), ["part-a", "whole"]],
    ["a block of part B hits the part and the whole", block("hall-b", "08:00", "10:15"), ["whole"]],
    ["a room block ignores buffers: the booking before only touches it", block("room"), ["room"]],
    ["a block touching a booking's end does not hit it", block("hall-a", "10:30", "10:45"), ["whole"]],
    ["a block of an unknown space hits only bookings of that space", block("gone-room"), ["unknown-space"]],
  ])("%s", (_label, theBlock, expected) => {
    expect(ids(bookingsHitByBlock(theBlock, bookings, spaces))).toEqual(expected);
  });

  it("hits nothing outside the block's time", () => {
    expect(bookingsHitByBlock(block(null, "14:00", "16:00"), bookings, spaces)).toEqual([]);
  });
});
