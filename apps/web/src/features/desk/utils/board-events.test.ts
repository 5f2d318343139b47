import { buildBlock, buildBoard, buildBoardBooking, buildBoardSpace } from "../../../testing/desk-factories";
import { isDraggable, shiftedBy, spaceEvents, stateOf } from "./board-events";
import { formatDay, formatTimeRange, isDateText, osloToday, shiftDay } from "./desk-date";

describe("a space's column on the board", () => {
  const centreId = "00000000-0000-4000-8000-0000000000c1";
  const room = buildBoardSpace({ name: "Møtesalen" });
  const other = buildBoardSpace({ name: "Salen" });
  const late = buildBoardBooking({ spaceId: room.id, title: "Jobbklubb", start: "2026-03-12T17:00:00Z", end: "2026-03-12T19:00:00Z" });
  const early = buildBoardBooking({ spaceId: room.id, status: "requested", title: "Språkkafé", start: "2026-03-12T10:00:00Z", end: "2026-03-12T11:00:00Z" });
  const elsewhere = buildBoardBooking({ spaceId: other.id, status: "checked_in", title: "Strikkekafé" });
  const wholeCentre = buildBlock(centreId, { spaceId: null, reason: "Stengt", start: "2026-03-12T06:00:00Z", end: "2026-03-12T07:00:00Z" });
  const otherRoom = buildBlock(centreId, { spaceId: other.id, reason: "Maling" });
  const board = buildBoard(centreId, { spaces: [room, other], bookings: [late, early, elsewhere], blocks: [wholeCentre, otherRoom] });

  it("holds its own bookings and the blocks of it or the whole centre, by start", () => {
    expect(spaceEvents(board, room.id).map((event) => [event.title, event.state, event.bookingId])).toEqual([
      ["Stengt", "blocked", null],
      ["Språkkafé", "requested", early.id],
      ["Jobbklubb", "confirmed", late.id],
    ]);
    expect(spaceEvents(board, other.id).map((event) => event.state)).toEqual(["blocked", "blocked", "checked_in"]);
  });

  it("gives a block a distinct id in each column", () => {
    const ids = [...spaceEvents(board, room.id), ...spaceEvents(board, other.id)].map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("counts anything but requested and checked-in as confirmed time", () => {
    expect(stateOf({ status: "confirmed" })).toBe("confirmed");
    expect(stateOf({ status: "checked_in" })).toBe("checked_in");
    expect(stateOf({ status: "requested" })).toBe("requested");
  });
});

describe("the desk's days, in Oslo whatever the machine's zone", () => {
  it("takes today's date in Oslo around midnight", () => {
    expect(osloToday(new Date("2026-03-12T22:59:00Z"))).toBe("2026-03-12");
    expect(osloToday(new Date("2026-03-12T23:00:00Z"))).toBe("2026-03-13");
  });

  it("steps over the change to summer time and month ends", () => {
    expect(shiftDay("2026-03-28", 1)).toBe("2026-03-29");
    expect(shiftDay("2026-03-29", 1)).toBe("2026-03-30");
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("reads only real dates", () => {
    expect(isDateText("2026-02-29")).toBe(false);
    expect(isDateText("2026-03-12")).toBe(true);
    expect(isDateText("12.03.2026")).toBe(false);
  });

  it("names the day and the times on Oslo's clock", () => {
    expect(formatDay("2026-03-29", "nb")).toBe("søndag 29. mars 2026");
    expect(formatTimeRange("2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z")).toBe("01:30–03:30");
  });
});

describe("dragging on the board", () => {
  const room = buildBoardSpace({ name: "Møtesalen" });
  const board = buildBoard("00000000-0000-4000-8000-0000000000c1", {
    spaces: [room],
    bookings: [
      buildBoardBooking({ spaceId: room.id, status: "requested", title: "Språkkafé" }),
      buildBoardBooking({ spaceId: room.id, status: "confirmed", title: "Jobbklubb" }),
      buildBoardBooking({ spaceId: room.id, status: "checked_in", title: "Strikkekafé" }),
    ],
    blocks: [buildBlock("00000000-0000-4000-8000-0000000000c1", { spaceId: room.id, reason: "Maling" })],
  });

  it("lets requested and confirmed bookings be dragged, not checked-in ones or blocks", () => {
    expect(spaceEvents(board, room.id).filter(isDraggable).map((event) => event.title).sort()).toEqual(["Jobbklubb", "Språkkafé"]);
  });

  it("shifts both ends by the drag", () => {
    expect(shiftedBy({ start: "2026-03-12T17:00:00Z", end: "2026-03-12T19:00:00Z" }, 90 * 60_000)).toEqual({ start: "2026-03-12T18:30:00Z", end: "2026-03-12T20:30:00Z" });
  });
});
