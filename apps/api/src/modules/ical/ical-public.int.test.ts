import { randomUUID } from "node:crypto";
import { addDays } from "@sambruk/domain";
import { Booking } from "@sambruk/contracts";
import { bookingRequest } from "../../testing/booking-request";
import { useBookingSuite } from "../../testing/booking-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { signIn } from "../../testing/sessions";
import { eventOf, fetchFeed, insertBooking, parseCalendar, type InsertedBooking } from "./ical-testing";

const suite = useBookingSuite();
const day = futureDay(12);
const SECRET = { title: "Xorblint lukket samtale", description: "Xorblint sak om helse", organisation: "Xorblint velferdsgruppe", resident: "Xorblint Beboersen" };

let world: BookingWorld;
let groupId: string;
let coordinatorId: string;

beforeAll(async () => {
  world = await bookingWorld(suite.make);
  ({ id: groupId } = await suite.db.prisma.organisation.create({ data: { kind: "volunteer_group", name: SECRET.organisation, verified: true }, select: { id: true } }));
  coordinatorId = await suite.make.user(groupId, "coordinator");
});

let hour = 7;
/** A booking of the group in the room in an hour of its own on `day`. */
async function groupBooking(overrides: Partial<InsertedBooking> = {}): Promise<{ id: string; start: string; end: string }> {
  const start = osloIso(day, `${String(hour).padStart(2, "0")}:00`);
  const end = osloIso(day, `${String(hour).padStart(2, "0")}:45`);
  hour += 1;
  const booking = { spaceId: world.roomId, organisationId: groupId, bookedById: coordinatorId, activityTypeId: world.activityTypeId, title: SECRET.title, start, end };
  return { id: await insertBooking(suite.db, { ...booking, description: SECRET.description, ...overrides }), start, end };
}

const spaceFeed = async (spaceId = world.roomId) => fetchFeed(suite.app, `/api/v1/ical/spaces/${spaceId}.ics`);
const centreFeed = async (centreId = world.centreId) => fetchFeed(suite.app, `/api/v1/ical/centres/${centreId}.ics`);
const iso = (text: string) => new Date(text).toISOString();

describe("GET /api/v1/ical/spaces/{id}.ics and /centres/{id}.ics", () => {
  it("shows a public booking with its title, organiser, place and times, as text/calendar named after the space", async () => {
    const open = await suite.db.prisma.organisation.create({ data: { kind: "volunteer_group", name: "Frivilligsentralen" }, select: { id: true } });
    const { id, start, end } = await groupBooking({ title: "Språkkafé", organisationId: open.id });
    const reply = await spaceFeed();
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe("text/calendar; charset=utf-8");
    const calendar = parseCalendar(reply.text);
    expect(calendar.name).toMatch(/^Room .+, Test centre /);
    expect(eventOf(calendar, id)).toMatchObject({
      summary: "Språkkafé",
      start: iso(start),
      end: iso(end),
      sequence: 1,
      status: "CONFIRMED",
      description: "Arrangør: Frivilligsentralen",
      location: expect.stringMatching(/^Room .+, Test centre .+, Torget 1, 1384 Asker$/),
    });
    expect(reply.text).toMatch(/^DTSTART:\d{8}T\d{6}Z\r$/m);
    expect(reply.text).not.toContain(SECRET.description);
  });

  it("shows a busy-only booking only as busy: no title, description or organiser anywhere", async () => {
    const { id, start } = await groupBooking({ visibility: "busy_only" });
    for (const reply of [await spaceFeed(), await centreFeed()]) {
      const event = eventOf(parseCalendar(reply.text), id);
      expect(event).toMatchObject({ summary: "Opptatt", start: iso(start), description: null, organizer: null });
      expect([SECRET.title, SECRET.description, SECRET.organisation].filter((secret) => reply.text.includes(secret))).toEqual([]);
    }
  });

  it.each(["discreet", "shielded", "security"] as const)("shows a public booking of a %s activity type only as busy", async (sensitivity) => {
    const { id: activityTypeId } = await suite.db.prisma.activityType.create({
      data: { slug: `ical-${randomUUID().slice(0, 8)}`, nameNb: "Samtale", nameNn: "Samtale", nameEn: "Talk", sensitivity },
      select: { id: true },
    });
    const { id } = await groupBooking({ activityTypeId, visibility: "public" });
    const reply = await spaceFeed();
    expect(eventOf(parseCalendar(reply.text), id)).toMatchObject({ summary: "Opptatt", description: null, organizer: null });
    expect([SECRET.title, SECRET.description, SECRET.organisation].filter((secret) => reply.text.includes(secret))).toEqual([]);
  });

  it("shows a resident's public booking without the resident's name", async () => {
    const residentOrg = await suite.db.prisma.organisation.create({ data: { kind: "resident", name: SECRET.resident }, select: { id: true } });
    const residentId = await suite.make.user(residentOrg.id, "resident");
    const { id } = await groupBooking({ title: "Bursdag", organisationId: residentOrg.id, bookedById: residentId, bookerKind: "resident" });
    const reply = await spaceFeed();
    expect(eventOf(parseCalendar(reply.text), id)).toMatchObject({ summary: "Bursdag", description: null });
    expect(reply.text).not.toContain(SECRET.resident);
  });

  it("leaves out requests and bookings that no longer hold time", async () => {
    const ids = await Promise.all((["requested", "cancelled", "rejected"] as const).map(async (status) => (await groupBooking({ status })).id));
    const calendar = parseCalendar((await spaceFeed()).text);
    expect(ids.filter((id) => eventOf(calendar, id))).toEqual([]);
  });

  it("covers 30 days back to 365 days ahead", async () => {
    const at = (days: number) => ({ start: osloIso(futureDay(days), "06:00"), end: osloIso(futureDay(days), "06:30") });
    const inside = await Promise.all([-29, 360].map((days) => groupBooking(at(days))));
    const outside = await Promise.all([-32, 370].map((days) => groupBooking(at(days))));
    const calendar = parseCalendar((await spaceFeed()).text);
    expect(inside.map(({ id }) => eventOf(calendar, id)?.uid)).toEqual(inside.map(({ id }) => `${id}@sambruk`));
    expect(outside.filter(({ id }) => eventOf(calendar, id))).toEqual([]);
  });

  it("gathers every space of the centre in its feed, and only that space in a space's", async () => {
    const otherRoom = await suite.make.space(world.centreId, { name: "Kjøkkenet" });
    const { id } = await groupBooking({ spaceId: otherRoom, title: "Matlaging" });
    expect(eventOf(parseCalendar((await spaceFeed()).text), id)).toBeUndefined();
    const centre = parseCalendar((await centreFeed()).text);
    expect(centre.name).toMatch(/^Test centre /);
    expect(eventOf(centre, id)).toMatchObject({ summary: "Matlaging", location: expect.stringMatching(/^Kjøkkenet, Test centre /) });
    const elsewhere = await suite.make.centre();
    expect(parseCalendar((await centreFeed(elsewhere)).text).events).toEqual([]);
  });

  it("drops a cancelled booking (the booker's own feed keeps it as cancelled), and keeps a moved booking's UID with a higher SEQUENCE", async () => {
    const moveDay = addDays(day, 1);
    const made = Booking.parse((await suite.api.create(world.userId, bookingRequest(world, moveDay, "10:00", "11:00"))).body);
    const before = eventOf(parseCalendar((await spaceFeed()).text), made.id);
    expect(before).toMatchObject({ summary: "Språkkafé", start: iso(osloIso(moveDay, "10:00")), sequence: 1 });
    const moved = await suite.api.patch(world.userId, made.id, '"1"', { start: osloIso(moveDay, "13:00"), end: osloIso(moveDay, "14:30") });
    expect(moved.status).toBe(200);
    const after = eventOf(parseCalendar((await spaceFeed()).text), made.id);
    expect(after).toMatchObject({ uid: `${made.id}@sambruk`, start: iso(osloIso(moveDay, "13:00")), end: iso(osloIso(moveDay, "14:30")) });
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Infinity);
    expect((await suite.api.cancel(world.userId, made.id)).status).toBe(200);
    expect(eventOf(parseCalendar((await spaceFeed()).text), made.id)).toBeUndefined();
    expect(eventOf(parseCalendar((await centreFeed()).text), made.id)).toBeUndefined();
    const { headers } = await signIn(suite.db, world.userId);
    const created = await fetch(suite.app.url("/api/v1/ical/feeds"), { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" });
    const { url } = (await created.json()) as { url: string };
    const own = eventOf(parseCalendar((await fetchFeed(suite.app, new URL(url).pathname)).text), made.id);
    expect(own).toMatchObject({ uid: `${made.id}@sambruk`, status: "CANCELLED" });
    expect(own?.sequence).toBeGreaterThan(after?.sequence ?? Infinity);
  });

  it("answers 404 for an unknown space or centre and 400 for an id that is not one", async () => {
    expect((await spaceFeed(randomUUID())).status).toBe(404);
    expect((await centreFeed(randomUUID())).status).toBe(404);
    expect((await spaceFeed("nope")).status).toBe(400);
  });
});
