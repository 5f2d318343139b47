import { createHash } from "node:crypto";
import { CalendarFeedList, CreatedCalendarFeed, Problem, RevokedCalendarFeed } from "@sambruk/contracts";
import { useApiSuite } from "../../testing/api-suite";
import { bookingWorld, type BookingWorld } from "../../testing/factories";
import { futureDay, osloIso } from "../../testing/oslo-time";
import { signIn } from "../../testing/sessions";
import { eventOf, fetchFeed, insertBooking, parseCalendar, type InsertedBooking } from "./ical-testing";

const suite = useApiSuite();
const day = futureDay(15);
const DESCRIPTION = "Qwyzzle notat om deltakerne";

let world: BookingWorld;
let groupId: string;
let coordinatorId: string;
let volunteerId: string;

beforeAll(async () => {
  world = await bookingWorld(suite.make);
  groupId = await suite.make.organisation("volunteer_group");
  coordinatorId = await suite.make.user(groupId, "coordinator");
  volunteerId = await suite.make.user(groupId, "staff");
});

async function send(userId: string, method: string, path: string, body?: unknown) {
  const { headers } = await signIn(suite.db, userId);
  const response = await fetch(suite.app.url(path), {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const createFeed = (userId: string, organisationId?: string) => send(userId, "POST", "/api/v1/ical/feeds", organisationId ? { organisationId } : {});
/** The path of the feed's URL, with its token. */
const feedPath = (url: string) => new URL(url).pathname;

let hour = 7;
async function booking(overrides: Partial<InsertedBooking>): Promise<{ id: string; start: string; end: string }> {
  const start = osloIso(day, `${String(hour).padStart(2, "0")}:00`);
  const end = osloIso(day, `${String(hour).padStart(2, "0")}:30`);
  hour += 1;
  const base = { spaceId: world.roomId, organisationId: groupId, bookedById: coordinatorId, activityTypeId: world.activityTypeId, title: "Styremøte", start, end };
  return { id: await insertBooking(suite.db, { ...base, description: DESCRIPTION, ...overrides }), start, end };
}

describe("personal calendar feeds", () => {
  it("creates a feed of the user's own bookings: the URL holds the token once, the database only its hash", async () => {
    const created = await createFeed(coordinatorId);
    expect(created.status).toBe(201);
    const feed = CreatedCalendarFeed.parse(created.body);
    expect(feed).toMatchObject({ organisationId: null, revokedAt: null });
    const token = /\/api\/v1\/ical\/feeds\/([\w-]{43})\.ics$/.exec(feed.url)?.[1] ?? "";
    expect(token).not.toBe("");
    const stored = await suite.db.prisma.calendarFeed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const listed = CalendarFeedList.parse((await send(coordinatorId, "GET", "/api/v1/ical/feeds")).body);
    expect(listed.map(({ id }) => id)).toContain(feed.id);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it("shows the owner's bookings in full but without description: requests tentative, cancelled ones cancelled", async () => {
    const confirmed = await booking({ title: "Lukket styremøte", visibility: "busy_only" });
    const requested = await booking({ title: "Søknad om rom", status: "requested" });
    const cancelled = await booking({ title: "Avlyst møte", status: "cancelled" });
    const someoneElses = await booking({ title: "Noen andres", bookedById: volunteerId });
    const feed = CreatedCalendarFeed.parse((await createFeed(coordinatorId)).body);
    const reply = await fetchFeed(suite.app, feedPath(feed.url));
    expect(reply).toMatchObject({ status: 200, contentType: "text/calendar; charset=utf-8", cacheControl: "no-store" });
    const calendar = parseCalendar(reply.text);
    expect(calendar.name).toBe("Mine bookinger (Sambruk)");
    expect(eventOf(calendar, confirmed.id)).toMatchObject({
      summary: "Lukket styremøte",
      start: new Date(confirmed.start).toISOString(),
      end: new Date(confirmed.end).toISOString(),
      status: "CONFIRMED",
      description: null,
      location: expect.stringMatching(/^Room .+, Test centre /),
    });
    expect(eventOf(calendar, requested.id)).toMatchObject({ summary: "Søknad om rom", status: "TENTATIVE" });
    expect(eventOf(calendar, cancelled.id)).toMatchObject({ summary: "Avlyst møte", status: "CANCELLED" });
    expect(eventOf(calendar, someoneElses.id)).toBeUndefined();
    expect(reply.text).not.toContain(DESCRIPTION);
  });

  it("gives members an organisation's feed, and refuses those who are not members", async () => {
    const made = await booking({ title: "Dugnad", bookedById: coordinatorId });
    const created = await createFeed(volunteerId, groupId);
    expect(created.status).toBe(201);
    const feed = CreatedCalendarFeed.parse(created.body);
    expect(feed.organisationId).toBe(groupId);
    const calendar = parseCalendar((await fetchFeed(suite.app, feedPath(feed.url))).text);
    expect(eventOf(calendar, made.id)).toMatchObject({ summary: "Dugnad", status: "CONFIRMED" });
    const frontDesk = await suite.make.user(null, "front_desk", [world.centreId]);
    for (const outsider of [world.userId, frontDesk]) {
      const refused = await createFeed(outsider, groupId);
      expect({ status: refused.status, code: Problem.parse(refused.body).code }).toEqual({ status: 403, code: "forbidden" });
    }
  });

  it("stops an organisation's feed when its owner leaves the organisation", async () => {
    const leaver = await suite.make.user(groupId, "staff");
    const feed = CreatedCalendarFeed.parse((await createFeed(leaver, groupId)).body);
    expect((await fetchFeed(suite.app, feedPath(feed.url))).status).toBe(200);
    await suite.db.prisma.membership.delete({ where: { userId_organisationId: { userId: leaver, organisationId: groupId } } });
    expect((await fetchFeed(suite.app, feedPath(feed.url))).status).toBe(404);
  });

  it("revokes a feed for its owner only: then its URL is 404, like an unknown token's", async () => {
    const feed = CreatedCalendarFeed.parse((await createFeed(coordinatorId)).body);
    const stranger = await send(volunteerId, "DELETE", `/api/v1/ical/feeds/${feed.id}`);
    expect({ status: stranger.status, code: Problem.parse(stranger.body).code }).toEqual({ status: 404, code: "not_found" });
    expect((await fetchFeed(suite.app, feedPath(feed.url))).status).toBe(200);
    const revoked = await send(coordinatorId, "DELETE", `/api/v1/ical/feeds/${feed.id}`);
    expect(revoked.status).toBe(200);
    expect(RevokedCalendarFeed.parse(revoked.body).id).toBe(feed.id);
    const gone = await fetchFeed(suite.app, feedPath(feed.url));
    const unknown = await fetchFeed(suite.app, "/api/v1/ical/feeds/bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtbm90LWF0LWFsbA.ics");
    const shape = (reply: typeof gone) => ({ status: reply.status, detail: Problem.parse(JSON.parse(reply.text)).detail });
    expect(shape(gone)).toEqual(shape(unknown));
    expect(shape(gone).status).toBe(404);
    expect((await send(coordinatorId, "DELETE", `/api/v1/ical/feeds/${feed.id}`)).status).toBe(404);
    const listed = CalendarFeedList.parse((await send(coordinatorId, "GET", "/api/v1/ical/feeds")).body);
    expect(listed.map(({ id }) => id)).not.toContain(feed.id);
  });

  it("lists only the caller's own feeds", async () => {
    const mine = CreatedCalendarFeed.parse((await createFeed(volunteerId)).body);
    const theirs = CreatedCalendarFeed.parse((await createFeed(coordinatorId)).body);
    const listed = CalendarFeedList.parse((await send(volunteerId, "GET", "/api/v1/ical/feeds")).body).map(({ id }) => id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(theirs.id);
  });
});
