import { Problem, Programme } from "@sambruk/contracts";
import { addDays } from "@sambruk/domain";
import { useApiSuite } from "../../testing/api-suite";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { classifiedActivity, type ActivityClass } from "../../testing/policy-fixtures";

const suite = useApiSuite();
const day = futureDay(12);
const DESCRIPTION = "Vrexilant beskrivelse med personopplysninger";
const BOOKER = "Plomvika Bookersen";

interface World {
  centreId: string;
  roomId: string;
  groupId: string;
  residentId: string;
  userId: string;
}

let world: World;

beforeEach(async () => {
  const centreId = await suite.make.centre();
  const roomId = await suite.make.space(centreId, { stepFree: true, hearingLoop: true, accessibleWc: false });
  const { id: groupId } = await suite.db.prisma.organisation.create({ data: { kind: "volunteer_group", name: "Språkkaféen på torget" } });
  const { id: residentId } = await suite.db.prisma.organisation.create({ data: { kind: "resident", name: "Brinjolf Beboersen" } });
  const { id: userId } = await suite.db.prisma.user.create({ data: { displayName: BOOKER } });
  world = { centreId, roomId, groupId, residentId, userId };
});

interface Booked {
  from: string;
  to: string;
  title: string;
  status?: "requested" | "confirmed" | "checked_in" | "cancelled";
  visibility?: "public" | "busy_only";
  activity?: ActivityClass;
  organisationId?: string;
  date?: typeof day;
  spaceId?: string;
}

async function book(booking: Booked): Promise<string> {
  const date = booking.date ?? day;
  const { id } = await suite.db.prisma.booking.create({
    data: {
      spaceId: booking.spaceId ?? world.roomId,
      organisationId: booking.organisationId ?? world.groupId,
      bookedById: world.userId,
      activityTypeId: await classifiedActivity(suite.db.prisma, booking.activity ?? {}),
      title: booking.title,
      description: DESCRIPTION,
      expectedAttendees: 10,
      startsAt: new Date(osloIso(date, booking.from)),
      endsAt: new Date(osloIso(date, booking.to)),
      status: booking.status ?? "confirmed",
      visibility: booking.visibility ?? "public",
      source: "api",
      bookerKind: booking.organisationId === world.residentId ? "resident" : "volunteer_group",
    },
    select: { id: true },
  });
  return id;
}

const dayWindow = () => ({ centreId: world.centreId, from: osloIso(day, "00:00"), to: osloIso(addDays(day, 1), "00:00") });

async function programme(query: Record<string, string>) {
  const response = await fetch(suite.app.url(`/api/v1/programme?${new URLSearchParams(query).toString()}`));
  return { status: response.status, text: await response.text() };
}

async function items(query: Record<string, string>) {
  const reply = await programme(query);
  expect(reply.status).toBe(200);
  return Programme.parse(JSON.parse(reply.text));
}

describe("GET /api/v1/programme", () => {
  it("lists the public confirmed and checked-in bookings of the range, by start, and nothing else", async () => {
    const later = await book({ from: "18:00", to: "20:00", title: "Språkkafé" });
    const earlier = await book({ from: "10:00", to: "11:00", title: "Fortellerstund", status: "checked_in" });
    // Overlapping the range's start: it began the evening before.
    const overnight = await book({ from: "23:00", to: "23:45", title: "Nattkino", date: addDays(day, -1) });
    await book({ from: "12:00", to: "13:00", title: "Lukket møte", visibility: "busy_only" });
    await book({ from: "13:00", to: "14:00", title: "Forespurt", status: "requested" });
    await book({ from: "14:00", to: "15:00", title: "Avlyst", status: "cancelled" });
    await book({ from: "10:00", to: "11:00", title: "Neste dag", date: addDays(day, 1) });
    const wide = { ...dayWindow(), from: osloIso(addDays(day, -1), "23:30") };

    const listed = await items(wide);
    expect(listed.map((item) => item.bookingId)).toEqual([overnight, earlier, later]);
    expect(listed.map((item) => item.status)).toEqual(["confirmed", "checked_in", "confirmed"]);
    expect(listed[2]).toMatchObject({
      centre: { id: world.centreId },
      space: { id: world.roomId, accessibility: { stepFree: true, hearingLoop: true, accessibleWc: false } },
      title: "Språkkafé",
      start: new Date(osloIso(day, "18:00")).toISOString(),
      organiser: "Språkkaféen på torget",
      kind: "activity",
      audiences: ["everyone"],
    });
  });

  it("lists every centre without centreId", async () => {
    const id = await book({ from: "10:00", to: "11:00", title: "Overalt" });
    const { centreId: _all, ...everywhere } = dayWindow();
    expect((await items(everywhere)).map((item) => item.bookingId)).toContain(id);
  });

  it("names no room for a discreet service and no organiser for a resident", async () => {
    const discreet = await book({ from: "09:00", to: "10:00", title: "Gjeldsrådgivning", activity: { sensitivity: "discreet" } });
    const resident = await book({ from: "11:00", to: "12:00", title: "Bursdag", organisationId: world.residentId });
    const listed = await items(dayWindow());
    expect(listed.find((item) => item.bookingId === discreet)).toMatchObject({ space: null, organiser: "Språkkaféen på torget" });
    expect(listed.find((item) => item.bookingId === resident)).toMatchObject({ space: { id: world.roomId }, organiser: null });
  });

  it("reads kind and audiences from the activity type's tags", async () => {
    const cases: [string[], string, string[]][] = [
      [["drop_in", "event"], "drop_in", ["everyone"]],
      [["course", "seniors"], "course", ["seniors"]],
      [["learning"], "course", ["everyone"]],
      [["library", "children", "youth"], "event", ["children", "youth"]],
      [["event", "adults"], "event", ["adults"]],
      [["loud"], "activity", ["everyone"]],
    ];
    const ids: string[] = [];
    for (const [index, [tags]] of cases.entries()) {
      ids.push(await book({ from: `${String(8 + index).padStart(2, "0")}:00`, to: `${String(8 + index).padStart(2, "0")}:30`, title: `T${index}`, activity: { tags } }));
    }
    const listed = await items(dayWindow());
    expect(listed.map((item) => [item.kind, item.audiences])).toEqual(cases.map(([, kind, audiences]) => [kind, audiences]));
    expect(listed.map((item) => item.bookingId)).toEqual(ids);
  });

  it("lists a service's drop-in window as drop-in hours whatever its activity type's tags say", async () => {
    const id = await book({ from: "10:00", to: "14:00", title: "NAV-veiledning", activity: { sensitivity: "discreet", tags: ["confidential"] } });
    await suite.db.prisma.booking.update({ where: { id }, data: { kind: "drop_in", appointmentMinutes: 20, appointmentModes: ["in_person"] } });
    const listed = await items(dayWindow());
    expect(listed.find((item) => item.bookingId === id)).toMatchObject({ kind: "drop_in", space: null });
  });

  it("keeps the items for the audience asked for and those for everyone", async () => {
    const children = await book({ from: "09:00", to: "10:00", title: "Eventyrstund", activity: { tags: ["children"] } });
    const seniors = await book({ from: "10:00", to: "11:00", title: "Seniornett", activity: { tags: ["seniors"] } });
    const everyone = await book({ from: "11:00", to: "12:00", title: "Torgdag" });
    const forAudience = async (audience: string) => (await items({ ...dayWindow(), audience })).map((item) => item.bookingId);
    expect(await forAudience("children")).toEqual([children, everyone]);
    expect(await forAudience("seniors")).toEqual([seniors, everyone]);
    expect(await forAudience("everyone")).toEqual([everyone]);
    expect(await forAudience("youth")).toEqual([everyone]);
  });

  it("carries neither the description nor who booked", async () => {
    await book({ from: "10:00", to: "11:00", title: "Åpent møte" });
    const reply = await programme(dayWindow());
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toHaveLength(1);
    expect(reply.text).not.toContain(DESCRIPTION);
    expect(reply.text).not.toContain(BOOKER);
    expect(reply.text).not.toContain(world.userId);
  });

  it.each([
    ["a range over 31 days", { from: osloIso(day, "00:00"), to: osloIso(addDays(day, 32), "00:00") }],
    ["an empty range", { from: osloIso(day, "10:00"), to: osloIso(day, "10:00") }],
    ["a range that ends before it starts", { from: osloIso(day, "10:00"), to: osloIso(day, "09:00") }],
    ["an unknown audience", { from: osloIso(day, "00:00"), to: osloIso(day, "23:00"), audience: "pets" }],
    ["an unknown parameter", { from: osloIso(day, "00:00"), to: osloIso(day, "23:00"), spaceId: "x" }],
  ])("answers %s with a 400 problem", async (_case, query) => {
    const reply = await programme(query);
    expect(reply.status).toBe(400);
    expect(Problem.parse(JSON.parse(reply.text)).code).toBe("validation_failed");
  });

  it("answers an empty list when nothing is on", async () => {
    expect(await items(dayWindow())).toEqual([]);
  });
});
