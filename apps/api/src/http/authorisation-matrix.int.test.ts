// Who may call what: every route of the registry against every role, as real HTTP requests with real sessions.
// "allow": the answer is not a refusal (401/403; 400/409/422 are fine, the point is access). "deny": 401 for the
// public on a signed-in route, else 403. "hidden": a deny answered 404, where the API hides that the record exists.
import { apiRoutes, type ApiRoute } from "@sambruk/contracts";
import { useApiSuite } from "../testing/api-suite";
import { accessRecipes, accessRequest } from "../testing/access-recipes";
import { accessWorld, headersOf, ROLES, type AccessWorld, type MatrixRole } from "../testing/access-world";
import { callRoute } from "../testing/route-call";

type Access = "allow" | "deny" | "hidden";
type Row = Record<MatrixRole, Access>;

const everyone: Row = { public: "allow", resident: "allow", volunteer: "allow", coordinator: "allow", staff: "allow", front_desk: "allow", front_desk_elsewhere: "allow", admin: "allow" };
const signedIn: Row = { ...everyone, public: "deny" };
const nobodyBut = (...roles: MatrixRole[]): Row =>
  Object.fromEntries(ROLES.map((role) => [role, roles.includes(role) ? "allow" : "deny"])) as Row;
/** Writes on a busy-only booking of the group: who does not even see it gets 404. */
/** A waitlist entry of the group's coordinator: theirs alone; to anyone else signed in it does not exist. */
const ownEntry: Row = { ...signedIn, resident: "hidden", volunteer: "hidden", coordinator: "allow", staff: "hidden", front_desk: "hidden", front_desk_elsewhere: "hidden", admin: "hidden" };
const bookingWrite: Row = { ...nobodyBut("coordinator", "front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" };

const matrix: Record<string, Row> = {
  getRules: everyone,
  listActivityTypes: everyone,
  getHealth: everyone,
  listCentres: everyone,
  getCentre: everyone,
  listSpaces: everyone,
  getSpace: everyone,
  getAvailability: everyone,
  getOpenApiDocument: everyone,
  getAuthProviders: everyone,
  listDemoUsers: everyone,
  demoLogin: everyone,
  logout: everyone,
  startLogin: everyone,
  completeLogin: everyone,
  listBookings: everyone,
  getMe: signedIn,
  // Members only, administrators included: one acts only for one's own organisation.
  setActingFor: nobodyBut("volunteer", "coordinator"),
  listMyBookings: nobodyBut("volunteer", "coordinator", "admin"),
  createBooking: nobodyBut("coordinator", "front_desk", "admin"),
  checkBooking: nobodyBut("coordinator", "front_desk", "admin"),
  // A busy-only booking of the group: its members, the host of its centre and admins see it.
  getBooking: { ...everyone, public: "hidden", resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  updateBooking: bookingWrite,
  cancelBooking: bookingWrite,
  registerGroup: signedIn,
  listOrganisations: nobodyBut("front_desk", "admin"),
  getOrganisation: { ...nobodyBut("volunteer", "coordinator", "front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  verifyOrganisation: { ...nobodyBut("front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  listAuditEvents: nobodyBut("front_desk", "admin"),
  replaceRules: nobodyBut("admin"),
  reclassifyActivityType: nobodyBut("admin"),
  getProgramme: everyone,
  // As `can` says of booking.write for the group in the room's centre.
  getBookingContext: nobodyBut("coordinator", "front_desk", "admin"),
  listDropIns: everyone,
  previewSeries: nobodyBut("coordinator", "front_desk", "admin"),
  createSeries: nobodyBut("coordinator", "front_desk", "admin"),
  getSeries: { ...nobodyBut("volunteer", "coordinator", "front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  updateSeries: bookingWrite,
  cancelSeries: bookingWrite,
  takeAppointment: everyone,
  // With the receipt's cancel token (the recipe's request), anyone; without it, see the drop-in module's tests.
  cancelAppointment: everyone,
  // Everyone signed in; each sees the appointments of the windows they see in full.
  listAppointments: signedIn,
  // The front desk of the centre and admins; a decision on a busy-only booking is hidden from who does not see it.
  listDeskOrganisations: nobodyBut("front_desk", "front_desk_elsewhere", "admin"),
  getDeskDay: nobodyBut("front_desk", "admin"),
  getDeskQueue: nobodyBut("front_desk", "admin"),
  approveBooking: { ...nobodyBut("front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  rejectBooking: { ...nobodyBut("front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  requestBookingChange: { ...nobodyBut("front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  checkInAtDesk: { ...nobodyBut("front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  // With the link's token (the recipe's request), anyone.
  checkInWithToken: everyone,
  createBlock: nobodyBut("front_desk", "admin"),
  // The desk's moves: a busy-only booking is hidden from who does not see it; a walk-in is the centre's host's.
  getDeskAlternatives: { ...nobodyBut("front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  moveBookingAtDesk: { ...nobodyBut("front_desk", "admin"), resident: "hidden", staff: "hidden", front_desk_elsewhere: "hidden" },
  createDeskBooking: nobodyBut("front_desk", "admin"),
  // The waitlist: joining is booking (as createBooking); an entry is its owner's alone, hidden from everyone else.
  joinWaitlist: nobodyBut("coordinator", "front_desk", "admin"),
  listMyWaitlist: signedIn,
  leaveWaitlist: ownEntry,
  acceptWaitlistOffer: ownEntry,
  declineWaitlistOffer: ownEntry,
  // With the offer link's token (the recipe's request), anyone.
  getOffer: everyone,
  acceptOffer: everyone,
  // Everyone signed in, each with their own list: another's notification id is 404 (see the module's tests).
  listNotifications: signedIn,
  markNotificationRead: signedIn,
  markAllNotificationsRead: signedIn,
  getSpaceCalendar: everyone,
  getCentreCalendar: everyone,
  // With the feed's token (the recipe's request), anyone.
  getPersonalCalendar: everyone,
  // Members only: they see the organisation's bookings in full; the front desk and admins use the app.
  createCalendarFeed: nobodyBut("volunteer", "coordinator"),
  listCalendarFeeds: signedIn,
  // The owner (the coordinator) only; another's feed is 404, as if it did not exist.
  revokeCalendarFeed: { ...nobodyBut("coordinator"), resident: "hidden", volunteer: "hidden", staff: "hidden", front_desk: "hidden", front_desk_elsewhere: "hidden", admin: "hidden" },
};

const suite = useApiSuite();
let world: AccessWorld;
beforeAll(async () => {
  world = await accessWorld(suite.db, suite.make);
});

describe("the authorisation matrix", () => {
  it("has a row and a request recipe for every route, and none for a route that does not exist", () => {
    const operations = apiRoutes.map((route) => route.operationId);
    expect(operations.filter((id) => !(id in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((id) => !operations.includes(id))).toEqual([]);
    expect(operations.filter((id) => !(id in accessRecipes))).toEqual([]);
    expect(Object.keys(accessRecipes).filter((id) => !operations.includes(id))).toEqual([]);
  });

  it("refuses the public on every signed-in route", () => {
    const open = apiRoutes.filter((route) => route.auth === "user" && matrix[route.operationId]?.public !== "deny");
    expect(open.map((route) => route.operationId)).toEqual([]);
  });
});

const cases = apiRoutes.flatMap((route) => ROLES.map((role) => [route.operationId, role, matrix[route.operationId]?.[role] ?? "allow", route] as const));

async function call(route: ApiRoute, role: MatrixRole) {
  const recipe = accessRecipes[route.operationId];
  if (!recipe) throw new Error(`no request recipe for ${route.operationId}`);
  try {
    const request = await accessRequest(recipe, route.path, suite.db, world);
    const reply = await callRoute(suite.app, route.method, { ...request, headers: { ...(await headersOf(suite.db, world, role)), ...request.headers } });
    return { ...reply, missingIsAnswer: recipe.missingIsAnswer === true };
  } finally {
    await recipe.after?.(suite.db, world);
  }
}

describe.each(["allow", "deny", "hidden"] as const)("%s", (access) => {
  const rows = cases.filter(([, , expected]) => expected === access);
  if (rows.length === 0) return;
  it.each(rows)("%s as %s", async (_operationId, role, _access, route) => {
    const reply = await call(route, role);
    const seen = `${route.method.toUpperCase()} ${route.path} as ${role}: ${reply.status} ${reply.text.slice(0, 300)}`;
    if (access === "allow") {
      expect({ seen, refused: [401, 403].includes(reply.status) || reply.status >= 500 || (reply.status === 404 && !reply.missingIsAnswer) }).toEqual({ seen, refused: false });
    } else if (access === "hidden") {
      expect({ seen, status: reply.status }).toEqual({ seen, status: 404 });
    } else {
      expect({ seen, status: reply.status }).toEqual({ seen, status: role === "public" ? 401 : 403 });
    }
  });
});

describe("routes anyone may call", () => {
  it.each(apiRoutes.filter((route) => route.auth === "none").map((route) => [route.operationId, route] as const))(
    "%s answers the public without 401",
    async (_operationId, route) => {
      const reply = await call(route, "public");
      expect({ operation: route.operationId, status: reply.status }).not.toEqual({ operation: route.operationId, status: 401 });
    },
  );
});
