// GET /api/v1/availability: what the public calendar shows. Times below are UTC ("HH:mm" of the segment
// starts); the centres are open 08:00–22:00 Oslo time unless said otherwise.
import { Availability } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { TEST_BOOKER, type CentreOptions } from "../../testing/factories";

const suite = useApiSuite();
const DAYTIME = { opens: 8 * 60, closes: 22 * 60 };
const centre = (options: CentreOptions = {}) => suite.make.centre({ ...DAYTIME, ...options });

async function fetchAvailability(query: Record<string, string>): Promise<{ raw: string; body: Availability }> {
  const response = await fetch(suite.app.url(`/api/v1/availability?${new URLSearchParams(query)}`));
  const raw = await response.text();
  expect({ status: response.status, raw }).toMatchObject({ status: 200 });
  expect(response.headers.get("cache-control")).toBe("no-store");
  return { raw, body: Availability.parse(JSON.parse(raw)) };
}

/** "HH:mm state" (UTC) of each segment of the space, joined with "|". */
function timeline(body: Availability, spaceId: string): string {
  const space = body.spaces.find((candidate) => candidate.spaceId === spaceId);
  return (space?.segments ?? []).map((segment) => `${segment.start.slice(11, 16)} ${segment.state}`).join("|");
}

/** A whole local day in Oslo, as the web asks for it. */
const osloDay = (date: string, offset: string, nextDate: string, nextOffset = offset) => ({
  from: `${date}T00:00:00${offset}`,
  to: `${nextDate}T00:00:00${nextOffset}`,
});

describe("GET /api/v1/availability", () => {
  it("shows a normal day: closed, free, busy, and requested time as tentative", async () => {
    const centreId = await centre();
    const spaceId = await suite.make.space(centreId);
    await suite.make.booking(spaceId, { start: "2026-11-23T10:00:00+01:00", end: "2026-11-23T11:00:00+01:00" });
    await suite.make.booking(spaceId, { start: "2026-11-23T13:00:00+01:00", end: "2026-11-23T14:00:00+01:00", status: "requested" });
    await suite.make.booking(spaceId, { start: "2026-11-23T15:00:00+01:00", end: "2026-11-23T16:00:00+01:00", status: "cancelled" });
    // A request overlapping a confirmed booking: the confirmed one wins where they overlap.
    await suite.make.booking(spaceId, { start: "2026-11-23T17:00:00+01:00", end: "2026-11-23T19:00:00+01:00", status: "requested" });
    await suite.make.booking(spaceId, { start: "2026-11-23T18:00:00+01:00", end: "2026-11-23T19:00:00+01:00" });

    const { body } = await fetchAvailability({ centreId, ...osloDay("2026-11-23", "+01:00", "2026-11-24") });
    expect(body).toMatchObject({ from: "2026-11-22T23:00:00.000Z", to: "2026-11-23T23:00:00.000Z" });
    expect(timeline(body, spaceId)).toBe(
      "23:00 closed|07:00 free|09:00 busy|10:00 free|12:00 tentative|13:00 free|16:00 tentative|17:00 busy|18:00 free|21:00 closed",
    );
  });

  it("follows the wall clock on the spring-forward day (23 hours)", async () => {
    const centreId = await centre();
    const roundTheClock = await centre({ opens: 0, closes: 1440 });
    const spaceId = await suite.make.space(centreId);
    const nightRoom = await suite.make.space(roundTheClock);
    await suite.make.booking(spaceId, { start: "2026-03-29T10:00:00+02:00", end: "2026-03-29T11:00:00+02:00" });
    // 01:30 → 03:30 on the wall clock is one hour: 02:00–03:00 does not exist that night.
    await suite.make.booking(nightRoom, { start: "2026-03-29T01:30:00+01:00", end: "2026-03-29T03:30:00+02:00" });
    const day = osloDay("2026-03-29", "+01:00", "2026-03-30", "+02:00");

    const { body } = await fetchAvailability({ centreId, ...day });
    expect(timeline(body, spaceId)).toBe("23:00 closed|06:00 free|08:00 busy|09:00 free|20:00 closed");
    const night = await fetchAvailability({ spaceId: nightRoom, ...day });
    expect(timeline(night.body, nightRoom)).toBe("23:00 free|00:30 busy|01:30 free");
    expect(night.body.spaces[0]?.segments.at(-1)?.end).toBe("2026-03-29T22:00:00.000Z");
  });

  it("follows the wall clock on the fall-back day (25 hours)", async () => {
    const centreId = await centre();
    const roundTheClock = await centre({ opens: 0, closes: 1440 });
    const spaceId = await suite.make.space(centreId);
    const nightRoom = await suite.make.space(roundTheClock);
    // From the first 02:30 (summer time) to the second (winter time): one hour.
    await suite.make.booking(nightRoom, { start: "2026-10-25T02:30:00+02:00", end: "2026-10-25T02:30:00+01:00" });
    const day = osloDay("2026-10-25", "+02:00", "2026-10-26", "+01:00");

    const { body } = await fetchAvailability({ centreId, ...day });
    expect(timeline(body, spaceId)).toBe("22:00 closed|07:00 free|21:00 closed");
    const night = await fetchAvailability({ spaceId: nightRoom, ...day });
    expect(timeline(night.body, nightRoom)).toBe("22:00 free|00:30 busy|01:30 free");
    expect(night.body.spaces[0]?.segments.at(-1)?.end).toBe("2026-10-25T23:00:00.000Z");
  });

  it("closes on a public holiday unless the centre is configured open", async () => {
    const closedCentre = await centre();
    const openCentre = await centre({ openOnHolidays: true });
    const closedRoom = await suite.make.space(closedCentre);
    const openRoom = await suite.make.space(openCentre);
    const christmas = osloDay("2026-12-25", "+01:00", "2026-12-26");

    expect(timeline((await fetchAvailability({ centreId: closedCentre, ...christmas })).body, closedRoom)).toBe("23:00 closed");
    expect(timeline((await fetchAvailability({ centreId: openCentre, ...christmas })).body, openRoom)).toBe(
      "23:00 closed|07:00 free|21:00 closed",
    );
    // Christmas Eve is not a public holiday.
    const eve = osloDay("2026-12-24", "+01:00", "2026-12-25");
    expect(timeline((await fetchAvailability({ centreId: closedCentre, ...eve })).body, closedRoom)).toBe("23:00 closed|07:00 free|21:00 closed");
  });

  it("shows closures of the centre and of one space as closed", async () => {
    const centreId = await centre();
    const closedRoom = await suite.make.space(centreId, { name: "A" });
    const otherRoom = await suite.make.space(centreId, { name: "B" });
    await suite.make.closure({ centreId, start: "2026-11-24T12:00:00+01:00", end: "2026-11-24T14:00:00+01:00" });
    await suite.make.closure({ spaceId: closedRoom, start: "2026-11-24T16:00:00+01:00", end: "2026-11-24T17:00:00+01:00" });

    const { body } = await fetchAvailability({ centreId, ...osloDay("2026-11-24", "+01:00", "2026-11-25") });
    expect(body.spaces.map((space) => space.spaceId)).toEqual([closedRoom, otherRoom]);
    expect(timeline(body, closedRoom)).toBe("23:00 closed|07:00 free|11:00 closed|13:00 free|15:00 closed|16:00 free|21:00 closed");
    expect(timeline(body, otherRoom)).toBe("23:00 closed|07:00 free|11:00 closed|13:00 free|21:00 closed");
  });

  it("counts buffers as busy, also when the booking itself lies outside the range", async () => {
    const centreId = await centre();
    const kitchen = await suite.make.space(centreId, { kind: "kitchen", bufferBeforeMinutes: 15, bufferAfterMinutes: 30 });
    await suite.make.booking(kitchen, { start: "2026-11-25T12:00:00+01:00", end: "2026-11-25T13:00:00+01:00" });

    const day = await fetchAvailability({ centreId, ...osloDay("2026-11-25", "+01:00", "2026-11-26") });
    expect(timeline(day.body, kitchen)).toBe("23:00 closed|07:00 free|10:45 busy|12:30 free|21:00 closed");
    const afterwards = await fetchAvailability({ spaceId: kitchen, from: "2026-11-25T13:00:00+01:00", to: "2026-11-25T15:00:00+01:00" });
    expect(timeline(afterwards.body, kitchen)).toBe("12:00 busy|12:30 free");
  });

  it("blocks a divisible hall as a whole when a part is booked, and the parts when the whole is", async () => {
    const centreId = await centre();
    const { whole: hall, partA, partB } = await suite.make.hall(centreId);
    await suite.make.booking(partA, { start: "2026-11-26T10:00:00+01:00", end: "2026-11-26T12:00:00+01:00" });
    await suite.make.booking(hall, { start: "2026-11-26T15:00:00+01:00", end: "2026-11-26T16:00:00+01:00", status: "requested" });
    await suite.make.booking(hall, { start: "2026-11-26T18:00:00+01:00", end: "2026-11-26T19:00:00+01:00" });
    const day = osloDay("2026-11-26", "+01:00", "2026-11-27");

    const { body } = await fetchAvailability({ centreId, ...day });
    expect(timeline(body, hall)).toBe("23:00 closed|07:00 free|09:00 busy|11:00 free|14:00 tentative|15:00 free|17:00 busy|18:00 free|21:00 closed");
    expect(timeline(body, partA)).toBe("23:00 closed|07:00 free|09:00 busy|11:00 free|14:00 tentative|15:00 free|17:00 busy|18:00 free|21:00 closed");
    expect(timeline(body, partB)).toBe("23:00 closed|07:00 free|14:00 tentative|15:00 free|17:00 busy|18:00 free|21:00 closed");
    const onlyB = await fetchAvailability({ spaceId: partB, ...day });
    expect(onlyB.body.spaces.map((space) => space.spaceId)).toEqual([partB]);
  });

  it("carries no personal data: no titles, organisations or people, only instants and states", async () => {
    const centreId = await centre();
    const spaceId = await suite.make.space(centreId);
    const title = "Hemmelig samtale om gjeld";
    await suite.make.booking(spaceId, { title, start: "2026-11-27T10:00:00+01:00", end: "2026-11-27T11:00:00+01:00" });
    await suite.make.booking(spaceId, { title, start: "2026-11-27T12:00:00+01:00", end: "2026-11-27T13:00:00+01:00", status: "requested" });

    const { raw, body } = await fetchAvailability({ centreId, ...osloDay("2026-11-27", "+01:00", "2026-11-28") });
    expect(timeline(body, spaceId)).toContain("09:00 busy");
    for (const secret of [title, TEST_BOOKER.organisation, TEST_BOOKER.user]) expect(raw).not.toContain(secret);
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") {
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          collect(inner);
        }
      }
    };
    collect(JSON.parse(raw));
    expect([...keys].sort()).toEqual(["end", "from", "segments", "spaceId", "spaces", "start", "state", "to"]);
  });
});
