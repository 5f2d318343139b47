import { buildSpace } from "../../../testing/find-room-factories";
import { filterSpaces } from "./filter-spaces";
import { filtersFromParams, filtersToParams, type FindRoomFilters } from "./filters";

const CENTRE = "00000000-0000-4000-8000-000000000abc";

describe("filters in the address", () => {
  it("falls back to defaults for what is missing or malformed", () => {
    const filters = filtersFromParams(
      new URLSearchParams("sentre=nope&dato=2026-13-45&fra=25:00&varighet=7&personer=-2&utstyr=Bad!,screen&tilgang=wings,step_free"),
      "2026-12-01",
    );
    expect(filters).toEqual<FindRoomFilters>({
      centreId: null,
      date: "2026-12-01",
      from: "08:00",
      to: "22:00",
      durationMinutes: 60,
      attendees: null,
      equipment: ["screen"],
      accessibility: ["step_free"],
    });
  });

  it("resets a window whose end is not after its start", () => {
    const filters = filtersFromParams(new URLSearchParams("fra=20:00&til=18:00"), "2026-12-01");
    expect([filters.from, filters.to]).toEqual(["08:00", "22:00"]);
  });

  it("survives the round trip and keeps the view and the chosen space", () => {
    const filters: FindRoomFilters = {
      centreId: CENTRE,
      date: "2026-12-01",
      from: "18:00",
      to: "21:30",
      durationMinutes: 120,
      attendees: 12,
      equipment: ["screen", "video_meeting"],
      accessibility: ["hearing_loop", "accessible_wc"],
    };
    const params = filtersToParams(filters, new URLSearchParams("visning=liste&rom=x&other=y"));
    expect(params.toString()).toBe(
      `sentre=${CENTRE}&dato=2026-12-01&fra=18%3A00&til=21%3A30&varighet=120&personer=12&utstyr=screen%2Cvideo_meeting&tilgang=hearing_loop%2Caccessible_wc&visning=liste&rom=x`,
    );
    expect(filtersFromParams(params, "2000-01-01")).toEqual(filters);
  });
});

describe("filterSpaces", () => {
  const small = buildSpace({ name: "Samtalerommet", capacity: 3, equipment: ["video_meeting"], accessibility: ["step_free"] });
  const room = buildSpace({ name: "Møterom 1", capacity: 10, equipment: ["screen", "video_meeting"], accessibility: ["step_free", "hearing_loop"] });
  const hall = buildSpace({ name: "Storsalen", capacity: 120, equipment: ["screen", "piano"], accessibility: ["step_free", "hearing_loop", "accessible_wc"] });
  const all = [small, room, hall];
  const names = (attendees: number | null, equipment: string[], accessibility: FindRoomFilters["accessibility"]) =>
    filterSpaces(all, { attendees, equipment, accessibility }).map((space) => space.name);

  it.each<[string, number | null, string[], FindRoomFilters["accessibility"], string[]]>([
    ["no filters: every space", null, [], [], ["Samtalerommet", "Møterom 1", "Storsalen"]],
    ["capacity is a minimum, inclusive", 10, [], [], ["Møterom 1", "Storsalen"]],
    ["more people than any room", 500, [], [], []],
    ["every piece of equipment must be there", null, ["screen", "video_meeting"], [], ["Møterom 1"]],
    ["every accessibility feature must be there", null, [], ["hearing_loop", "accessible_wc"], ["Storsalen"]],
    ["all at once", 4, ["screen"], ["hearing_loop"], ["Møterom 1", "Storsalen"]],
  ])("%s", (_, attendees, equipment, accessibility, expected) => {
    expect(names(attendees, equipment, accessibility)).toEqual(expected);
  });
});
