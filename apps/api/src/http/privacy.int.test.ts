// What the public reads carries no personal data: every GET route anyone may call, asked without a session about
// records that hold distinctive names, e-mails, phone numbers, descriptions and a busy-only title, answers
// without any of them anywhere in the raw body.
import { apiRoutes } from "@sambruk/contracts";
import { addDays, formatLocalDate } from "@sambruk/domain";
import { useApiSuite } from "../testing/api-suite";
import { osloIso } from "../testing/oslo-time";
import { BOOKING_DAY, privacyWorld, SECRETS, type PrivacyWorld } from "../testing/privacy-world";
import { callRoute, routePath } from "../testing/route-call";
import { signIn } from "../testing/sessions";
import { hashFeedToken, newFeedToken } from "../modules/ical/feed-tokens";
import { hashToken, newToken } from "../modules/auth/session-token";

interface PublicCall {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** What the route answers; 200 unless the recipe says why not. */
  status?: number;
}

const window = () => ({ from: osloIso(addDays(BOOKING_DAY, -1), "00:00"), to: osloIso(addDays(BOOKING_DAY, 2), "00:00") });
// The test app configures no OIDC provider, so these answer 404; with one they redirect, without a body.
const NO_PROVIDER: PublicCall = { params: { provider: "not-configured" }, status: 404 };

/** For each public GET route, the calls that ask it about the seeded records. */
const recipes: Record<string, (world: PrivacyWorld) => PublicCall[]> = {
  getRules: (world) => [{ query: { centreId: world.centreId } }],
  listActivityTypes: () => [{}],
  getHealth: () => [{}],
  listCentres: () => [{}],
  getCentre: (world) => [{ params: { id: world.centreId } }],
  listSpaces: (world) => [{ query: { centreId: world.centreId } }, {}],
  getSpace: (world) => [{ params: { id: world.roomId } }],
  getAvailability: (world) => [{ query: { centreId: world.centreId, ...window() } }, { query: { spaceId: world.roomId, ...window() } }],
  getOpenApiDocument: () => [{}],
  getAuthProviders: () => [{}],
  listDemoUsers: () => [{}],
  startLogin: () => [{ ...NO_PROVIDER, query: { returnTo: "/" } }],
  completeLogin: () => [{ ...NO_PROVIDER, query: { code: "x", state: "y" } }],
  listBookings: (world) => [{ query: { centreId: world.centreId, ...window() } }, { query: { spaceId: world.roomId, ...window() } }],
  getBooking: (world) => [
    { params: { id: world.publicBookingId } },
    { params: { id: world.residentBookingId } },
    // Hidden from the public, as if it did not exist; the 404 must not tell its title either.
    { params: { id: world.busyOnlyBookingId }, status: 404 },
  ],
  // The public booking's description, the busy-only title and the resident's name must not appear.
  getProgramme: (world) => [{ query: { centreId: world.centreId, ...window() } }, { query: window() }],
  // The meeting link, and the names and phone of who has an appointment, must not appear.
  listDropIns: (world) => [{ query: { centreId: world.dropInCentreId, ...window() } }, { query: window() }],
  // Busy-only time as "Opptatt", the public booking without its description, the resident without a name.
  getSpaceCalendar: (world) => [{ params: { id: world.roomId } }],
  getCentreCalendar: (world) => [{ params: { id: world.centreId } }, { params: { id: world.dropInCentreId } }],
  // The service's own feed shows its drop-in window, never the meeting link or who has an appointment; a revoked
  // feed (of the group member, whose feed would show the busy-only title) shows nothing.
  getPersonalCalendar: () => [{ params: { token: feeds.staff } }, { params: { token: feeds.revoked }, status: 404 }],
  // An offer to the public booking's booker: its title and places, never its description; a wrong token nothing.
  getOffer: () => [{ params: { id: offer.id }, query: { token: offer.token } }, { params: { id: offer.id }, query: { token: "x".repeat(43) }, status: 403 }],
};

const publicGets = apiRoutes.filter((route) => route.auth === "none" && route.method === "get");

const suite = useApiSuite();
let world: PrivacyWorld;
/** Tokens of personal calendar feeds: the drop-in staff member's, and a revoked one of the group member. */
const feeds = { staff: "", revoked: "" };
/** An offer of another time to the public booking, and its link's token. */
const offer = { id: "", token: "" };
beforeAll(async () => {
  world = await privacyWorld(suite.db, suite.make, suite.app);
  const feed = async (ownerId: string, revokedAt: Date | null) => {
    const token = newFeedToken();
    await suite.db.prisma.calendarFeed.create({ data: { tokenHash: hashFeedToken(token), ownerId, revokedAt } });
    return token;
  };
  feeds.staff = await feed(world.dropInStaffId, null);
  feeds.revoked = await feed(world.userId, new Date());
  offer.token = newToken();
  const bumped = await suite.db.prisma.booking.findUniqueOrThrow({ where: { id: world.publicBookingId }, select: { startsAt: true, endsAt: true } });
  const { id } = await suite.db.prisma.bookingOffer.create({
    data: { bookingId: world.publicBookingId, kind: "same_space", rank: 1, spaceId: world.roomId, startsAt: bumped.endsAt, endsAt: new Date(2 * bumped.endsAt.getTime() - bumped.startsAt.getTime()), tokenHash: hashToken(offer.token), expiresAt: bumped.startsAt },
    select: { id: true },
  });
  offer.id = id;
});

const leaksIn = (text: string) => Object.values(SECRETS).filter((secret) => text.toLowerCase().includes(secret.toLowerCase()));

describe("what the public reads", () => {
  it("has a request recipe for every public GET route, and none for a route that is not one", () => {
    const operations = publicGets.map((route) => route.operationId);
    expect(operations.filter((id) => !(id in recipes))).toEqual([]);
    expect(Object.keys(recipes).filter((id) => !operations.includes(id))).toEqual([]);
  });

  it.each(publicGets.map((route) => [route.operationId, route] as const))("%s answers without personal data", async (operationId, route) => {
    const recipe = recipes[operationId];
    if (!recipe) throw new Error(`no request recipe for ${operationId}`);
    for (const call of recipe(world)) {
      const path = routePath(route.path, call.params, call.query);
      const reply = await callRoute(suite.app, "get", { path });
      expect({ path, status: reply.status, leaked: leaksIn(reply.text) }).toEqual({ path, status: call.status ?? 200, leaked: [] });
    }
  });

  it("lists the seeded bookings (the answers were about them)", async () => {
    const reply = await callRoute(suite.app, "get", { path: routePath("/api/v1/bookings", {}, { centreId: world.centreId, ...window() }) });
    expect(reply.status).toBe(200);
    const ids = (JSON.parse(reply.text) as { id: string }[]).map((booking) => booking.id);
    expect(ids.sort()).toEqual([world.publicBookingId, world.busyOnlyBookingId, world.residentBookingId].sort());
  });

  it("lists the public seeded bookings in the programme (its answers were about them)", async () => {
    const reply = await callRoute(suite.app, "get", { path: routePath("/api/v1/programme", {}, { centreId: world.centreId, ...window() }) });
    expect(reply.status).toBe(200);
    const ids = (JSON.parse(reply.text) as { bookingId: string }[]).map((item) => item.bookingId);
    expect(ids).toEqual([world.publicBookingId, world.residentBookingId]);
  });

  it("shows the seeded bookings in the calendar feeds (their answers were about them)", async () => {
    const space = await callRoute(suite.app, "get", { path: routePath("/api/v1/ical/spaces/{id}.ics", { id: world.roomId }) });
    const uids = [...space.text.matchAll(/^UID:(.+)\r$/gm)].map((match) => match[1]);
    expect(uids.sort()).toEqual([world.publicBookingId, world.busyOnlyBookingId, world.residentBookingId].map((id) => `${id}@sambruk`).sort());
    expect(space.text).toContain("SUMMARY:Opptatt");
    const staff = await callRoute(suite.app, "get", { path: routePath("/api/v1/ical/feeds/{token}.ics", { token: feeds.staff }) });
    expect(staff.text).toContain(`UID:${world.dropInId}@sambruk`);
  });

  it("lists the seeded drop-in window with its taken slots (its answers were about them)", async () => {
    const reply = await callRoute(suite.app, "get", { path: routePath("/api/v1/dropins", {}, { centreId: world.dropInCentreId, ...window() }) });
    expect(reply.status).toBe(200);
    const [dropIn, ...others] = JSON.parse(reply.text) as { id: string; appointments: { slots: { available: boolean }[] } }[];
    expect({ id: dropIn?.id, others }).toEqual({ id: world.dropInId, others: [] });
    expect(dropIn?.appointments.slots.slice(0, 3).map((slot) => slot.available)).toEqual([false, false, true]);
  });

  it("shows the strings to those who may see them, so their absence above means something", async () => {
    const { headers } = await signIn(suite.db, world.userId);
    const booking = await callRoute(suite.app, "get", { path: `/api/v1/bookings/${world.busyOnlyBookingId}`, headers });
    expect(leaksIn(booking.text)).toEqual(expect.arrayContaining([SECRETS.busyOnlyTitle, SECRETS.busyOnlyDescription, SECRETS.personName]));
    const group = await callRoute(suite.app, "get", { path: `/api/v1/organisations/${world.groupId}`, headers });
    expect(leaksIn(group.text)).toEqual(expect.arrayContaining([SECRETS.contactName, SECRETS.contactPhone, SECRETS.contactEmail]));
    const me = await callRoute(suite.app, "get", { path: "/api/v1/auth/me", headers });
    expect(leaksIn(me.text)).toEqual(expect.arrayContaining([SECRETS.personName, SECRETS.personEmail]));
    const service = await signIn(suite.db, world.dropInStaffId);
    const dropIn = await callRoute(suite.app, "get", { path: `/api/v1/bookings/${world.dropInId}`, headers: service.headers });
    expect(leaksIn(dropIn.text)).toEqual([SECRETS.meetingLink]);
    const appointments = await callRoute(suite.app, "get", { path: `/api/v1/appointments?date=${formatLocalDate(BOOKING_DAY)}`, headers: service.headers });
    expect(leaksIn(appointments.text)).toEqual(expect.arrayContaining([SECRETS.appointmentName, SECRETS.appointmentPhone, SECRETS.personName]));
  });
});
