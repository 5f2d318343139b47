import { buildBookingDetail, buildMe } from "../../../testing/factories";
import { mayChangeBooking } from "./may-change-booking";

const now = new Date("2026-03-12T09:30:00Z");
const me = buildMe();
const [nav, , cafe] = me.memberships;
const other = { id: "00000000-0000-4000-8000-0000000000aa", displayName: "Someone else" };

describe("who may cancel or move a booking", () => {
  it.each([
    ["their own booking", buildBookingDetail({ bookedBy: { id: me.user.id, displayName: "Nils" } }), true],
    ["an organisation's they may book for", buildBookingDetail({ bookedBy: other, organisation: { id: nav?.organisationId ?? "", name: "NAV Asker" } }), true],
    ["an organisation's they may only see", buildBookingDetail({ bookedBy: other, organisation: { id: cafe?.organisationId ?? "", name: "Språkkafeen" } }), false],
    ["a requested booking of theirs", buildBookingDetail({ bookedBy: { id: me.user.id, displayName: "Nils" }, status: "requested" }), true],
    ["a cancelled one", buildBookingDetail({ bookedBy: { id: me.user.id, displayName: "Nils" }, status: "cancelled" }), false],
    ["one that has begun", buildBookingDetail({ bookedBy: { id: me.user.id, displayName: "Nils" }, start: "2026-03-12T09:00:00Z" }), false],
  ])("%s", (_what, booking, expected) => {
    expect(mayChangeBooking(booking, me, now)).toBe(expected);
  });
});
